package org.ctorole.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctorole.rules.RuleCompilationException;
import org.ctorole.rules.facts.Detection;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/** Loads, compiles and runs Drools rule bases. KieBases are shared; sessions are per call. */
public final class RuleBase {
    /** The kbase of the built-in pack, declared in META-INF/kmodule.xml. */
    public static final String BUILT_IN_KBASE = "ctorole";

    private RuleBase() {
    }

    /** The built-in pack, compiled to the executable model at build time; loaded once per class loader. */
    public static KieBase builtIn() {
        return BuiltIn.KIE_BASE;
    }

    private static final class BuiltIn {
        static final KieBase KIE_BASE = load();

        private static KieBase load() {
            KieContainer container = KieServices.get().newKieClasspathContainer(RuleBase.class.getClassLoader());
            return container.getKieBase(BUILT_IN_KBASE);
        }
    }

    /**
     * Compiles custom DRL (name → text) at run time to the executable model.
     *
     * @throws RuleCompilationException naming the file, line and rule of each error
     */
    public static KieBase compile(Map<String, String> drlByName) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        List<String> names = new ArrayList<>(drlByName.keySet());
        for (int i = 0; i < names.size(); i++) {
            kfs.write("src/main/resources/org/ctorole/custom/rules" + i + ".drl", drlByName.get(names.get(i)));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(describe(m, names));
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    private static String describe(Message m, List<String> names) {
        String file = m.getPath() == null ? "?" : m.getPath();
        int slash = file.lastIndexOf("rules");
        if (slash >= 0 && file.endsWith(".drl")) {
            try {
                file = names.get(Integer.parseInt(file.substring(slash + 5, file.length() - 4)));
            } catch (NumberFormatException | IndexOutOfBoundsException ignored) {
                // keep the generated path: better than nothing
            }
        }
        String text = m.getText() == null ? "" : m.getText().replace('\n', ' ').trim();
        return file + ":" + m.getLine() + ": " + text;
    }

    /** Runs one session over the facts and returns what the rules detected. */
    public static List<Detection> run(KieBase base, Collection<?> facts, Set<String> disabled) {
        KieSession session = base.newKieSession();
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            if (disabled.isEmpty()) {
                session.fireAllRules();
            } else {
                AgendaFilter filter = match -> !disabled.contains(ruleIdOf(match.getRule().getName()));
                session.fireAllRules(filter);
            }
            List<Detection> detections = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Detection.class))) {
                detections.add((Detection) o);
            }
            return detections;
        } finally {
            session.dispose();
        }
    }

    /** A rule's id is its name up to a variant note: {@code "stale-indicator (never measured)"}. */
    static String ruleIdOf(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? ruleName : ruleName.substring(0, space);
    }
}
