package org.ctorole.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.internal.FactBuilder;
import org.ctorole.rules.internal.RuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * What Drools itself costs for one warm assessment, against the hand-written baseline: the same
 * facts through a rule base with no rules at all (the engine's floor for inserting them, firing
 * nothing and giving the session back), and through the built-in pack without any of the
 * assessor's own work (no validation, wording, scores or plan). If the pack's session alone is
 * further from the baseline than a target allows, no change outside the engine can meet it.
 * A rough split (medians of {@code System.nanoTime} rounds after as many warm-up rounds), not a
 * JMH measurement.
 *
 * <pre>java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.EngineFloor northwind|PEOPLE [rounds]</pre>
 */
public final class EngineFloor {
    private EngineFloor() {
    }

    public static void main(String[] args) {
        OrganisationProfile profile = args.length > 0 && !args[0].equals("northwind")
                ? SyntheticProfiles.of(Integer.parseInt(args[0]), 1) : Northwind.load();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        BaselineAssessor baseline = new BaselineAssessor(assessor.stagePolicy());
        // The facts the assessor gives the built-in pack: what the pack reads, and the stage's policy.
        List<Object> facts = FactBuilder.facts(profile, false);
        facts.add(assessor.stagePolicy().forStage(profile.organisation().stage()));
        KieBase pack = RuleBase.builtIn();
        KieBase empty = KieBaseBuilder.createKieBaseFromModel(new ModelImpl(),
                RuleBaseFactory.newKnowledgeBaseConfiguration());
        KieSessionsPool emptyPool = empty.newKieSessionsPool(1);

        List<Timed> timed = List.of(
                new Timed("baseline (hand-written checks)", () -> baseline.assess(profile)),
                new Timed("no rules: new session, insert, fire", () -> fire(empty.newKieSession(), facts)),
                new Timed("no rules: pooled session, insert, fire", () -> fire(emptyPool.newKieSession(), facts)),
                new Timed("built-in pack: pooled session (as assess)", () -> RuleBase.run(pack, facts, Set.of())),
                new Timed("assess (whole)", () -> assessor.assess(profile)));
        long[][] samples = new long[timed.size()][rounds];
        for (int round = 0; round < rounds * 2; round++) {
            for (int i = 0; i < timed.size(); i++) { // in turns, so that load changes reach every figure alike
                long t0 = System.nanoTime();
                Object result = timed.get(i).work().get();
                long t1 = System.nanoTime();
                if (result == null) {
                    throw new IllegalStateException(timed.get(i).name() + " returned nothing");
                }
                if (round >= rounds) {
                    samples[i][round - rounds] = t1 - t0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d people, %d facts, %d reports from the pack; medians of %d warm rounds,"
                + " in turns%n", profile.organisation().id(), profile.people().size(), facts.size(),
                RuleBase.run(pack, facts, Set.of()).size(), rounds);
        double base = median(samples[0]);
        for (int i = 0; i < timed.size(); i++) {
            double m = median(samples[i]);
            System.out.printf(Locale.ROOT, "%-46s %9.4f ms %8.1f x baseline%n", timed.get(i).name(), m / 1e6, m / base);
        }
    }

    private record Timed(String name, Supplier<Object> work) {
    }

    private static Object fire(KieSession session, List<Object> facts) {
        try {
            facts.forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
