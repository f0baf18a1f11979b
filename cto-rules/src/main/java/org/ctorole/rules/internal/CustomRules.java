package org.ctorole.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.rules.RuleCompilationException;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.spi.DrlCompiler;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Custom DRL: compiled by the {@link DrlCompiler} of {@code cto-rules-custom}, then described by
 * its rules' metadata like the built-in pack.
 */
@API(status = API.Status.INTERNAL)
public final class CustomRules {
    /** What a user is told when custom rules are given without the artifact that compiles them. */
    public static final String MISSING_COMPILER = "custom rules are compiled at run time by the artifact"
            + " org.ctorole:cto-rules-custom, which is not on the classpath: add it as a dependency (the built-in"
            + " rules need no compiler)";

    private static final Logger LOG = LoggerFactory.getLogger(CustomRules.class);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private CustomRules() {
    }

    /** A compiled set of custom rules: the rule base, and its rules as their metadata describes them. */
    public record Compiled(KieBase base, List<RuleDescriptor> rules) {
    }

    /**
     * The compiler of cto-rules-custom.
     *
     * @throws IllegalStateException {@value #MISSING_COMPILER}
     */
    public static DrlCompiler compiler() {
        return Holder.COMPILER.orElseThrow(() -> new IllegalStateException(MISSING_COMPILER));
    }

    private static final class Holder {
        static final Optional<DrlCompiler> COMPILER = ServiceLoader.load(DrlCompiler.class,
                CustomRules.class.getClassLoader()).findFirst();
    }

    /**
     * Compiles custom DRL (name → text) and reads each rule's metadata.
     *
     * @throws RuleCompilationException naming the file, line and rule of each error, a rule that
     *                                  does not describe itself among them
     * @throws IllegalStateException    when cto-rules-custom is not on the classpath
     */
    public static Compiled compile(Map<String, String> drlByName) {
        long start = System.nanoTime();
        KieBase base = compiler().compile(drlByName);
        List<String> names = new ArrayList<>(drlByName.keySet());
        List<String> texts = new ArrayList<>(drlByName.values());
        RuleMetadata.Result described = RuleMetadata.read(RuleBase.rulesOf(base),
                name -> fileOf(RuleMetadata.idOf(name), names, texts), name -> where(name, names, texts));
        if (!described.problems().isEmpty()) {
            throw new RuleCompilationException(described.problems());
        }
        LOG.debug("compiled {} custom rule(s) from {} in {} ms", described.rules().size(), names,
                (System.nanoTime() - start) / 1_000_000);
        return new Compiled(base, described.rules());
    }

    /** The file that declares a rule (by its id, or by its full name). */
    private static String fileOf(String ruleName, List<String> names, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (lineOf(texts.get(i), ruleName) > 0) {
                return names.get(i);
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains("\"" + ruleName + " (")) {
                return names.get(i);
            }
        }
        return names.isEmpty() ? "custom rules" : names.get(0);
    }

    /** {@code file:line: rule 'name'} for a rule declared in one of the texts. */
    private static String where(String ruleName, List<String> names, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            int line = lineOf(texts.get(i), ruleName);
            if (line > 0) {
                return names.get(i) + ":" + line + ": rule '" + ruleName + "'";
            }
        }
        return "rule '" + ruleName + "'";
    }

    private static int lineOf(String drl, String ruleName) {
        String[] lines = drl.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find() && m.group(1).equals(ruleName)) {
                return i + 1;
            }
        }
        return -1;
    }
}
