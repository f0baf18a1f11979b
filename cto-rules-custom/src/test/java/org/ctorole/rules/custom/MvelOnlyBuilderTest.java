package org.ctorole.rules.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.junit.jupiter.api.Test;

/**
 * DRL that asks for no Java is compiled without loading the Eclipse compiler, and leaves Drools'
 * default Java compiler for the JVM as it was; DRL that asks for Java gets it.
 */
class MvelOnlyBuilderTest {
    private static final Path HOUSE_RULE = Path.of("../cto-examples/rules/house-rules.drl");
    private static final Path JAVA_RULE = Path.of("src/test/resources/hostile/throws/throws.drl");
    private static final Path JAVA_FUNCTION = Path.of("src/test/resources/hostile/deep-recursion/deep.drl");

    private static final String RULE = """
            rule "r" %s
            when
                SystemFact($id : id)
            then
                insert(Detection.about($id));
            end
            """;

    private static PackageDescr parsed(String drl) throws DroolsParserException {
        DrlParser parser = new DrlParser();
        PackageDescr file = parser.parse(new StringReader(drl));
        assertThat(parser.getErrors()).isEmpty();
        return file;
    }

    private static String file(String fileAttributes, String... rules) {
        return "package p;\nimport org.ctorole.rules.facts.*;\n" + fileAttributes + "\n" + String.join("\n", rules);
    }

    @Test
    void rulesThatSayNothingOrMvelNeedNoJava() throws DroolsParserException {
        assertThat(MvelOnlyBuilder.suffices(List.of(parsed(file("", RULE.formatted(""))),
                parsed(file("dialect \"mvel\"", RULE.formatted("dialect \"mvel\"")))))).isTrue();
    }

    @Test
    void aRuleThatSaysJavaNeedsJava() throws DroolsParserException {
        assertThat(MvelOnlyBuilder.suffices(List.of(parsed(file("", RULE.formatted(""))),
                parsed(file("", RULE.formatted(""), RULE.formatted("dialect \"java\"").replace("\"r\"", "\"s\"")))))).isFalse();
    }

    @Test
    void aFileThatSaysJavaNeedsJavaWhateverItsRulesSay() throws DroolsParserException {
        assertThat(MvelOnlyBuilder.suffices(List.of(parsed(file("dialect \"java\"", RULE.formatted("dialect \"mvel\""))))))
                .isFalse();
    }

    @Test
    void aFunctionNeedsJava() throws DroolsParserException {
        assertThat(MvelOnlyBuilder.suffices(List.of(parsed(file("function int one() { return 1; }", RULE.formatted(""))))))
                .isFalse();
    }

    @Test
    void aFileThatDidNotParseMayNeedJava() throws DroolsParserException {
        List<PackageDescr> files = new ArrayList<>();
        files.add(parsed(file("", RULE.formatted(""))));
        files.add(null);

        assertThat(MvelOnlyBuilder.suffices(files)).isFalse();
    }

    // ---- in a JVM of its own, where nothing has loaded Drools yet

    record Build(List<String> output, List<String> eclipseClasses) {
    }

    /** {@link FreshBuild} over the files, in a new JVM logging the classes it loads. */
    private static Build freshBuild(Path... files) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", classPath, FreshBuild.class.getName()));
        Arrays.stream(files).map(Path::toString).forEach(command::add);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        // A bound on a hang, not a measure of speed: the build takes a few seconds.
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return new Build(lines.stream().filter(l -> !l.startsWith("[")).toList(),
                lines.stream().filter(l -> l.contains(" org.eclipse.jdt.")).toList());
    }

    @Test
    void mvelRulesAreBuiltWithoutLoadingTheEclipseCompiler() throws IOException, InterruptedException {
        Build build = freshBuild(HOUSE_RULE);

        assertThat(build.eclipseClasses()).isEmpty();
        assertThat(build.output()).endsWith("default Java compiler ECLIPSE");
    }

    @Test
    void aRuleThatSaysJavaIsCompiledByTheEclipseCompiler() throws IOException, InterruptedException {
        Build build = freshBuild(HOUSE_RULE, JAVA_RULE);

        assertThat(build.eclipseClasses()).isNotEmpty();
        assertThat(build.output()).endsWith("default Java compiler ECLIPSE");
    }

    @Test
    void aFunctionIsCompiledByTheEclipseCompiler() throws IOException, InterruptedException {
        Build build = freshBuild(JAVA_FUNCTION);

        assertThat(build.eclipseClasses()).isNotEmpty();
        assertThat(build.output()).endsWith("default Java compiler ECLIPSE");
    }
}
