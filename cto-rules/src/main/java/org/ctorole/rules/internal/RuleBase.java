package org.ctorole.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.apiguardian.api.API;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.RuleExecutionException;
import org.ctorole.rules.facts.Detection;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Loads and runs Drools rule bases. KieBases are shared; sessions are per call (those of the
 * built-in pack reused from a pool). Custom DRL is
 * compiled by {@link CustomRules}.
 */
@API(status = API.Status.INTERNAL)
public final class RuleBase {
    private RuleBase() {
    }

    /** The built-in pack, compiled to the executable model at build time; loaded once per class loader. */
    public static KieBase builtIn() {
        return BuiltIn.KIE_BASE;
    }

    /**
     * {@link #builtIn()} and the built-in rules' metadata, loaded on a thread of their own while
     * the caller does something else (compiles custom rules); {@link #await} takes the result.
     */
    public static CompletableFuture<KieBase> builtInAside() {
        CompletableFuture<KieBase> loaded = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                KieBase base = builtIn();
                RuleBook.builtIn();
                loaded.complete(base);
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, "ctorole-built-in-pack");
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    /** The result of {@link #builtInAside}, its failure thrown as it was thrown. */
    public static KieBase await(CompletableFuture<KieBase> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
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

    static List<Rule> rulesOf(KieBase base) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    private static final class BuiltIn {
        static final KieBase KIE_BASE = load();
        /**
         * Sessions of the built-in pack, reused rather than made anew for each assessment: a new
         * session builds the memory of every node of the network, which costs more than the rules
         * take on a small profile. Drools resets a session given back (facts, agenda, listeners);
         * the pool grows to the number of threads that assess at once.
         */
        static final KieSessionsPool SESSIONS = KIE_BASE.newKieSessionsPool(1);

        /**
         * Builds the KieBase straight from the executable model that kie-maven-plugin generated,
         * named in the kjar's drools-model file. A KieContainer would find the same model but first
         * scans the classpath and parses kmodule.xml: 0.7 s against 0.18 s on a cold JVM here.
         */
        private static KieBase load() {
            ClassLoader loader = RuleBase.class.getClassLoader();
            ClassPreloader.start(loader);
            try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in rule pack is missing (" + MODEL_INDEX
                            + " not on the classpath): was cto-rules built with kie-maven-plugin?");
                }
                String modelClass = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).findFirst()
                        .orElseThrow(() -> new IllegalStateException(MODEL_INDEX + " names no model"));
                Model model = (Model) Class.forName(modelClass, true, loader).getDeclaredConstructor().newInstance();
                // A configuration made directly, not through KieServices: KieServices lives in
                // drools-compiler, which the built-in pack does not need at run time.
                return KieBaseBuilder.createKieBaseFromModel(model, RuleBaseFactory.newKnowledgeBaseConfiguration());
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the built-in rule pack: " + e, e);
            }
        }
    }

    /** Written by kie-maven-plugin: the class of the executable model of this module's rules. */
    private static final String MODEL_INDEX = "META-INF/kie/org.ctorole/cto-rules/drools-model";

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
        boolean watched = custom || guard.limited();
        // A session that a guard may halt is not given back to be reused.
        KieSession session = !watched && base == BuiltIn.KIE_BASE ? BuiltIn.SESSIONS.newKieSession()
                : base.newKieSession();
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
