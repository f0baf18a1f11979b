package org.ctorole.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.ctorole.rules.RuleCompilationException;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.RuleExecutionException;
import org.ctorole.rules.facts.Detection;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/** Loads, compiles and runs Drools rule bases. KieBases are shared; sessions are per call. */
@API(status = API.Status.INTERNAL)
public final class RuleBase {
    private RuleBase() {
    }

    /** The built-in pack, compiled to the executable model at build time; loaded once per class loader. */
    public static KieBase builtIn() {
        return BuiltIn.KIE_BASE;
    }

    /**
     * The built-in rules as their metadata describes them.
     *
     * @throws IllegalStateException when a built-in rule is not fully described (a build defect)
     */
    public static List<RuleDescriptor> builtInRules() {
        RuleMetadata.Result result = RuleMetadata.read(rulesOf(builtIn()), name -> RuleDescriptor.BUILT_IN,
                name -> "built-in rule '" + name + "'");
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("the built-in rules are not fully described:\n  "
                    + String.join("\n  ", result.problems()));
        }
        return result.rules();
    }

    private static List<Rule> rulesOf(KieBase base) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    private static final class BuiltIn {
        static final KieBase KIE_BASE = load();

        /**
         * Builds the KieBase straight from the executable model that kie-maven-plugin generated,
         * named in the kjar's drools-model file. A KieContainer would find the same model but first
         * scans the classpath and parses kmodule.xml: 0.7 s against 0.18 s on a cold JVM here.
         */
        private static KieBase load() {
            ClassLoader loader = RuleBase.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in rule pack is missing (" + MODEL_INDEX
                            + " not on the classpath): was cto-rules built with kie-maven-plugin?");
                }
                String modelClass = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).findFirst()
                        .orElseThrow(() -> new IllegalStateException(MODEL_INDEX + " names no model"));
                Model model = (Model) Class.forName(modelClass, true, loader).getDeclaredConstructor().newInstance();
                return KieBaseBuilder.createKieBaseFromModel(model);
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the built-in rule pack: " + e, e);
            }
        }
    }

    /** Written by kie-maven-plugin: the class of the executable model of this module's rules. */
    private static final String MODEL_INDEX = "META-INF/kie/org.ctorole/cto-rules/drools-model";

    /** A compiled set of custom rules: the rule base, and its rules as their metadata describes them. */
    public record Compiled(KieBase base, List<RuleDescriptor> rules) {
    }

    /**
     * Compiles custom DRL (name → text) at run time to the executable model, and reads each rule's
     * metadata.
     *
     * @throws RuleCompilationException naming the file, line and rule of each error, a rule that
     *                                  does not describe itself among them
     */
    public static Compiled compile(Map<String, String> drlByName) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        List<String> names = new ArrayList<>(drlByName.keySet());
        List<String> texts = new ArrayList<>(drlByName.values());
        for (int i = 0; i < names.size(); i++) {
            // Under the folder of its package, as Drools expects (else it warns about every file).
            Matcher pkg = PACKAGE.matcher(texts.get(i));
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            kfs.write("src/main/resources/" + folder + CUSTOM_FILE + i + ".drl", texts.get(i));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = m.getText() == null ? "" : m.getText();
            if (text.contains("Parser returned a null Package")) {
                continue; // a consequence of the syntax error reported next to it
            }
            String error = describe(m.getPath(), m.getLine(), text, names, texts);
            if (!errors.contains(error)) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        KieBase base = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        RuleMetadata.Result described = RuleMetadata.read(rulesOf(base),
                name -> fileOf(RuleMetadata.idOf(name), names, texts), name -> where(name, names, texts));
        if (!described.problems().isEmpty()) {
            throw new RuleCompilationException(described.problems());
        }
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

    private static final String CUSTOM_FILE = "ctorole-custom-";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern FILE_INDEX = Pattern.compile(CUSTOM_FILE + "(\\d+)\\.drl$");

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

    /**
     * Runs one session over the facts and returns what the rules reported, each with the rule
     * that reported it (taken from the engine, so a rule never has to name itself).
     */
    public static List<Reported> run(KieBase base, Collection<?> facts, Set<String> disabled) {
        return run(base, facts, disabled, null, RunGuard.NONE);
    }

    /**
     * As {@link #run(KieBase, Collection, Set)}, telling {@code fired} the name of each rule that
     * fires, within the limits of {@code guard} (time checked between firings: for rules that
     * are trusted to return, such as the built-in pack).
     *
     * @throws RuleExecutionException when the guard's time or firing limit is reached
     */
    public static List<Reported> run(KieBase base, Collection<?> facts, Set<String> disabled,
                                     Consumer<String> fired, RunGuard guard) {
        return session(base, facts, disabled, fired, guard, false);
    }

    /**
     * Runs a session of custom rules, which may throw anything, loop or never return. Whatever
     * they throw, {@link Error}s included, comes back as a {@link RuleExecutionException} naming
     * the rule. With a time limit the session runs on a worker thread and the caller waits until
     * the deadline at most: then the session is halted and the worker interrupted, and the
     * caller gets its exception even if a consequence never returns (the worker then goes on
     * until it does; it is a daemon thread, so it does not keep the JVM alive).
     */
    public static List<Reported> runCustom(KieBase base, Collection<?> facts, Set<String> disabled,
                                           Consumer<String> fired, RunGuard guard) {
        if (guard == RunGuard.NONE) {
            throw new IllegalArgumentException("a custom session needs a guard of its own");
        }
        if (!guard.timed()) {
            try {
                return session(base, facts, disabled, fired, guard, true);
            } catch (Throwable t) { // an Error of a custom rule is the rule's failure, not the host's
                throw guard.failed(t);
            }
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Future<List<Reported>> future;
        try {
            future = WORKERS.submit(() -> {
                Thread worker = Thread.currentThread();
                ClassLoader own = worker.getContextClassLoader();
                worker.setContextClassLoader(context);
                try {
                    return session(base, facts, disabled, fired, guard, true);
                } finally {
                    worker.setContextClassLoader(own);
                }
            });
        } catch (RejectedExecutionException e) {
            throw guard.failed(e);
        }
        try {
            return future.get(Math.max(0, guard.nanosLeft()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            guard.expire();
            throw guard.timedOut();
        } catch (InterruptedException e) {
            guard.expire();
            Thread.currentThread().interrupt();
            throw guard.interrupted();
        } catch (ExecutionException e) {
            throw guard.failed(e.getCause());
        }
    }

    /** Daemon threads for custom sessions with a time limit; idle ones end after a minute. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(task, "ctorole-custom-rules-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private static List<Reported> session(KieBase base, Collection<?> facts, Set<String> disabled,
                                          Consumer<String> fired, RunGuard guard, boolean custom) {
        KieSession session = base.newKieSession();
        boolean watched = custom || guard.limited();
        try {
            if (fired != null) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.accept(event.getMatch().getRule().getName());
                    }
                });
            }
            if (watched) {
                session.addEventListener(guard);
                guard.attach(session, custom);
            }
            List<Reported> reported = new ArrayList<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Detection d) {
                        if (event.getRule() == null) {
                            throw new IllegalStateException("a Detection was inserted from outside a rule");
                        }
                        reported.add(new Reported(event.getRule().getName(), d));
                    }
                }
            });
            for (Object fact : facts) {
                session.insert(fact);
            }
            if (watched) {
                guard.checkTime();
            }
            AgendaFilter filter = disabled.isEmpty() ? null
                    : match -> !disabled.contains(RuleMetadata.idOf(match.getRule().getName()));
            int limit = watched ? guard.nextFireLimit() : -1;
            int firings;
            if (limit < 0) {
                firings = filter == null ? session.fireAllRules() : session.fireAllRules(filter);
            } else {
                firings = filter == null ? session.fireAllRules(limit) : session.fireAllRules(filter, limit);
            }
            if (watched) {
                guard.finished(firings);
            }
            return reported;
        } finally {
            if (watched) {
                guard.detach();
            }
            session.dispose();
        }
    }
}
