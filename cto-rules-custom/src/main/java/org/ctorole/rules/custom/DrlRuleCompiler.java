package org.ctorole.rules.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.rules.RuleCompilationException;
import org.ctorole.rules.spi.DrlCompiler;
import java.nio.charset.StandardCharsets;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
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
 * <pre>{@code
 * CtoAssessor assessor = CtoAssessor.builder().addRules(Path.of("house-rules.drl")).build();
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DrlRuleCompiler implements DrlCompiler {
    private static final String CUSTOM_FILE = "ctorole-custom-";
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern FILE_INDEX = Pattern.compile(CUSTOM_FILE + "(\\d+)\\.drl$");

    /** Made by the service loader. */
    public DrlRuleCompiler() {
    }

    @Override
    public KieBase compile(Map<String, String> drlByName) {
        KnowledgeBuilder kbuilder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<String> names = new ArrayList<>(drlByName.keySet());
        List<String> texts = new ArrayList<>(drlByName.values());
        for (int i = 0; i < names.size(); i++) {
            Resource resource = ResourceFactory.newByteArrayResource(texts.get(i).getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(CUSTOM_FILE + i + ".drl");
            resource.setResourceType(ResourceType.DRL);
            kbuilder.add(resource, ResourceType.DRL);
        }
        List<String> errors = new ArrayList<>();
        for (KnowledgeBuilderResult m : kbuilder.getResults(ResultSeverity.ERROR)) {
            String text = m.getMessage() == null ? "" : m.getMessage();
            if (text.contains("Parser returned a null Package")) {
                continue; // a consequence of the syntax error reported next to it
            }
            int[] lines = m.getLines();
            String path = m.getResource() == null ? null : m.getResource().getSourcePath();
            String error = describe(path, lines != null && lines.length > 0 ? lines[0] : -1, text, names, texts);
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

    /**
     * {@code file:line: rule 'name': message}. Drools reports some errors against the Java it
     * generates, or without a line; then the DRL line is found by the code the error quotes.
     */
    static String describe(String path, int line, String text, List<String> names, List<String> texts) {
        int file = -1;
        Matcher index = FILE_INDEX.matcher(path == null ? "" : path);
        if (index.find()) {
            file = Integer.parseInt(index.group(1));
        } else if (names.size() == 1) {
            file = 0;
        }
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
