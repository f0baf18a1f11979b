package org.ctorole.rules.custom;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.rules.RuleCompilationException;
import org.ctorole.rules.spi.DrlCompiler;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.DefaultDialectOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles custom DRL at run time with Drools' DRL compiler and words each error as
 * {@code file:line: rule 'name': message}. Found by {@code CtoAssessor.Builder.addRules} through
 * {@link java.util.ServiceLoader}; users only put this artifact on the classpath.
 *
 * <p>The built-in pack is compiled to the executable model when the library is built; a few
 * custom rules are compiled here by the interpreting (MVEL) compiler instead, which builds them
 * in a fraction of the executable model's time (no Java source to generate and compile for the
 * conditions) and returns its errors without logging them. Both run on the same engine and facts.
 *
 * <p>Consequences are MVEL unless a rule, or its file, says {@code dialect "java"}: Drools'
 * default is Java, whose consequences a fresh JVM compiles with the Eclipse compiler, about half
 * a second spent loading it here. MVEL is the language the conditions are written in already; a
 * consequence that needs Java alone (a {@code throw}, generics, a lambda) asks for it.
 *
 * <pre>{@code
 * CtoAssessor assessor = CtoAssessor.builder().addRules(Path.of("house-rules.drl")).build();
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DrlRuleCompiler implements DrlCompiler {
    private static final String CUSTOM_FILE = "ctorole-custom-";
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern FILE_INDEX = Pattern.compile(CUSTOM_FILE + "(\\d+)\\.drl$");
    /** How Drools' MVEL analysis starts the error of an expression it cannot compile. */
    private static final String MVEL_ANALYSIS = "Unable to Analyse Expression";
    private static final String MVEL_HINT =
            " (the consequence is MVEL: a rule whose consequence is Java says dialect \"java\")";

    /** Made by the service loader. */
    public DrlRuleCompiler() {
    }

    @Override
    public KieBase compile(Map<String, String> drlByName) {
        List<String> names = new ArrayList<>(drlByName.keySet());
        List<String> texts = new ArrayList<>(drlByName.values());
        List<Resource> resources = new ArrayList<>();
        List<PackageDescr> parsed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Resource resource = ResourceFactory.newByteArrayResource(texts.get(i).getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(CUSTOM_FILE + i + ".drl");
            resource.setResourceType(ResourceType.DRL);
            resources.add(resource);
            parsed.add(parse(resource, texts.get(i)));
        }
        // The builder parses each file again (warm, a few ms), reporting syntax errors as it always has.
        KnowledgeBuilder kbuilder = MvelOnlyBuilder.suffices(parsed) ? MvelOnlyBuilder.create(settings())
                : KnowledgeBuilderFactory.newKnowledgeBuilder(
                        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(settings(), null));
        for (Resource resource : resources) {
            kbuilder.add(resource, ResourceType.DRL);
        }
        List<String> errors = new ArrayList<>();
        for (KnowledgeBuilderResult m : kbuilder.getResults(ResultSeverity.ERROR)) {
            String text = m.getMessage() == null ? "" : m.getMessage();
            if (text.contains("Parser returned a null Package")) {
                continue; // a consequence of the syntax error reported next to it
            }
            int[] lines = m.getLines();
            int line = lines != null && lines.length > 0 ? lines[0] : -1;
            String path = m.getResource() == null ? null : m.getResource().getSourcePath();
            if (m instanceof DescrBuildError built && built.getDescr() instanceof RuleDescr rule
                    && text.startsWith(MVEL_ANALYSIS)) {
                int file = fileIndex(path, names);
                line = file < 0 ? line : consequenceLine(texts.get(file), rule.getConsequenceLine(), text);
                text = mvelError(text) + ("mvel".equals(rule.getDialect()) ? MVEL_HINT : "");
            }
            String error = describe(path, line, text, names, texts);
            if (!errors.contains(error)) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newKnowledgeBaseConfiguration());
        base.addPackages(kbuilder.getKnowledgePackages());
        return base;
    }

    /** A file's rules as the builder will see them, to know what they ask for; {@code null} when it does not parse. */
    private static PackageDescr parse(Resource resource, String drl) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr file = parser.parse(resource, new StringReader(drl));
            return parser.hasErrors() ? null : file;
        } catch (DroolsParserException e) {
            return null;
        }
    }

    /** What the builder is told: consequences are MVEL unless a rule or file asks for Java. */
    private static Properties settings() {
        Properties settings = new Properties();
        settings.setProperty(DefaultDialectOption.PROPERTY_NAME, "mvel");
        return settings;
    }

    /**
     * {@code file:line: rule 'name': message}. Drools reports some errors against the Java it
     * generates, or without a line; then the DRL line is found by the code the error quotes.
     */
    static String describe(String path, int line, String text, List<String> names, List<String> texts) {
        int file = fileIndex(path, names);
        String message = text.lines().findFirst().orElse("").trim();
        int colon = message.indexOf(") : ");
        if (path != null && path.endsWith(".java") && colon >= 0) {
            message = message.substring(colon + 4); // keep javac's words, drop the generated file's name
        }
        if (file < 0) {
            return (path == null ? "custom rules" : path) + ": " + message;
        }
        String drl = texts.get(file);
        int drlLine = line > 0 && path != null && path.endsWith(".drl") ? line : quotedLine(drl, text);
        String rule = drlLine > 0 ? ruleAt(drl, drlLine) : null;
        return names.get(file) + (drlLine > 0 ? ":" + drlLine : "") + ": "
                + (rule == null ? "" : "rule '" + rule + "': ") + message;
    }

    /** Which of the texts a path of the builder names, or -1. */
    private static int fileIndex(String path, List<String> names) {
        Matcher index = FILE_INDEX.matcher(path == null ? "" : path);
        if (index.find()) {
            return Integer.parseInt(index.group(1));
        }
        return names.size() == 1 ? 0 : -1;
    }

    /**
     * The line of a consequence that MVEL could not compile (MVEL reports the rule's first line):
     * the line that holds what MVEL's error names, else the code MVEL quotes near the error, at
     * the caret it puts under the quote, else the consequence's first line.
     */
    private static int consequenceLine(String drl, int thenLine, String text) {
        String error = mvelError(text);
        String named = error.substring(error.lastIndexOf(": ") + 1).trim();
        int line = lineOf(drl, thenLine, named, named.length());
        return line > 0 ? line : Math.max(lineOf(drl, thenLine, quotedAtCaret(text), 4), thenLine + 1);
    }

    /** The code MVEL quotes from its caret on, as the rule has it (without the {@code drools.} MVEL adds). */
    private static String quotedAtCaret(String text) {
        String[] message = text.split("\\R");
        for (int i = 0; i + 1 < message.length; i++) {
            int caret = message[i + 1].indexOf('^');
            if (message[i].startsWith("[Near : {... ") && caret >= "[Near : {... ".length()
                    && caret < message[i].length()) {
                String code = message[i].substring(caret).replace("drools.", "");
                return code.split(" {2,}| \\.\\.\\.\\.\\}")[0].trim();
            }
        }
        return "";
    }

    /**
     * The first line after {@code then} and before {@code end} that holds {@code code}, or the
     * longest start of it of at least {@code shortest} characters; -1 when none does.
     */
    private static int lineOf(String drl, int thenLine, String code, int shortest) {
        String[] lines = drl.split("\\R", -1);
        for (int length = code.length(); length >= Math.max(shortest, 4); length--) {
            for (int i = Math.max(thenLine, 0); i < lines.length && !lines[i].trim().equals("end"); i++) {
                if (lines[i].contains(code.substring(0, length))) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** MVEL's own words for the error, {@code [Error: ...]}, on one line. */
    private static String mvelError(String text) {
        int start = text.indexOf("[Error: ");
        if (start < 0) {
            return text.lines().findFirst().orElse("").trim();
        }
        int end = text.indexOf("\n[Near", start);
        String error = text.substring(start + "[Error: ".length(), end < 0 ? text.length() : end).trim();
        if (error.endsWith("]")) {
            error = error.substring(0, error.length() - 1);
        }
        return error.replaceAll("\\s+", " ").trim();
    }

    /** The first DRL line whose code the error text quotes (or that holds the expression it names), or -1. */
    private static int quotedLine(String drl, String text) {
        String[] lines = drl.split("\\R", -1);
        String first = text.lines().findFirst().orElse("");
        String named = first.contains(": ") ? first.substring(first.lastIndexOf(": ") + 2).trim() : "";
        if (named.length() >= 4) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(named)) {
                    return i + 1;
                }
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i].trim();
            if (code.length() >= 4 && !code.startsWith("//") && !code.equals("then") && !code.equals("when")
                    && !code.equals("end") && text.contains(code)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The rule declared last at or before a line. */
    private static String ruleAt(String drl, int line) {
        String[] lines = drl.split("\\R", -1);
        String name = null;
        for (int i = 0; i < Math.min(line, lines.length); i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find()) {
                name = m.group(1);
            }
        }
        return name;
    }
}
