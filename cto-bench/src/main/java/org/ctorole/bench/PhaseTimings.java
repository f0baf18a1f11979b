package org.ctorole.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.validation.ProfileValidator;
import org.ctorole.rules.ActionPlan;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Scorecard;
import org.ctorole.rules.facts.Detection;
import org.ctorole.rules.internal.FactBuilder;
import org.ctorole.rules.internal.RuleBase;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Where the time of one warm {@code CtoAssessor.assess} goes, phase by phase, replaying what the
 * assessor does with the same public pieces: validation, {@code FactBuilder}, a new session,
 * inserting the facts, {@code fireAllRules}, collecting detections, then scorecard and action
 * plan; "rest" is the whole assess minus these (findings, waivers, sorting, not-assessed). Also
 * counts rule firings, and times the baseline. A rough split for finding hot spots, not a JMH
 * measurement.
 *
 * <pre>java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.PhaseTimings 10000 1 [rounds]</pre>
 */
public final class PhaseTimings {
    private PhaseTimings() {
    }

    public static void main(String[] args) {
        OrganisationProfile profile = args.length > 0 && args[0].equals("northwind") ? Northwind.load()
                : SyntheticProfiles.of(args.length > 0 ? Integer.parseInt(args[0]) : 10_000,
                args.length > 1 ? Long.parseLong(args[1]) : 1);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        BaselineAssessor baseline = new BaselineAssessor(assessor.policy());
        KieBase base = RuleBase.builtIn();

        Map<String, long[]> timings = new java.util.LinkedHashMap<>();
        Map<String, Integer> firings = new TreeMap<>();
        int facts = 0;
        int detections = 0;
        for (int round = 0; round < rounds * 2; round++) {
            boolean measure = round >= rounds; // first half warms up
            long t0 = System.nanoTime();
            Assessment full = assessor.assess(profile);
            long t1 = System.nanoTime();
            ProfileValidator.validate(profile);
            long t2 = System.nanoTime();
            List<Object> factList = FactBuilder.facts(profile);
            factList.add(assessor.policy());
            long t3 = System.nanoTime();
            KieSession session = base.newKieSession();
            Map<String, Integer> fired = new HashMap<>();
            if (round == rounds * 2 - 1) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                    }
                });
            }
            long t4 = System.nanoTime();
            for (Object fact : factList) {
                session.insert(fact);
            }
            long t5 = System.nanoTime();
            session.fireAllRules();
            long t6 = System.nanoTime();
            List<Detection> found = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Detection.class))) {
                found.add((Detection) o);
            }
            long t7 = System.nanoTime();
            session.dispose();
            long t8 = System.nanoTime();
            Scorecard.of(full.findings(), profile, assessor.policy());
            long t9 = System.nanoTime();
            ActionPlan.of(full.findings());
            long t10 = System.nanoTime();
            baseline.assess(profile);
            long t11 = System.nanoTime();
            if (!measure) {
                continue;
            }
            facts = factList.size();
            detections = found.size();
            firings = new TreeMap<>(fired.isEmpty() ? firings : fired);
            long phases = (t2 - t1) + (t3 - t2) + (t4 - t3) + (t5 - t4) + (t6 - t5) + (t7 - t6) + (t8 - t7)
                    + (t9 - t8) + (t10 - t9);
            record(timings, "assess (whole)", t1 - t0);
            record(timings, "  validate", t2 - t1);
            record(timings, "  FactBuilder.facts", t3 - t2);
            record(timings, "  newKieSession", t4 - t3);
            record(timings, "  insert facts", t5 - t4);
            record(timings, "  fireAllRules", t6 - t5);
            record(timings, "  collect detections", t7 - t6);
            record(timings, "  dispose", t8 - t7);
            record(timings, "  Scorecard.of", t9 - t8);
            record(timings, "  ActionPlan.of", t10 - t9);
            record(timings, "  rest (findings, waivers, sort, notAssessed)", Math.max(0, (t1 - t0) - phases));
            record(timings, "baseline (whole)", t11 - t10);
        }
        System.out.printf(Locale.ROOT, "%s: %d people, %d facts, %d detections; median of %d warm rounds%n",
                profile.organisation().id(), profile.people().size(), facts, detections, rounds);
        for (Map.Entry<String, long[]> e : timings.entrySet()) {
            long[] samples = e.getValue().clone();
            java.util.Arrays.sort(samples);
            System.out.printf(Locale.ROOT, "%-48s %9.3f ms%n", e.getKey(), samples[samples.length / 2] / 1e6);
        }
        System.out.println("rule firings (one session):");
        firings.forEach((rule, count) -> System.out.printf(Locale.ROOT, "  %-45s %7d%n", rule, count));
    }

    private static void record(Map<String, long[]> samples, String phase, long nanos) {
        long[] old = samples.get(phase);
        long[] grown = old == null ? new long[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = nanos;
        samples.put(phase, grown);
    }
}
