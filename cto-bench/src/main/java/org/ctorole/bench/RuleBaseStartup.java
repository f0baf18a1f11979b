package org.ctorole.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.AssessmentTrace;
import org.ctorole.rules.CtoAssessor;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Where the first assessment of a fresh JVM spends its Drools time, step by step, replaying with
 * Drools' public API what building the built-in rule base does, then through the assessor's trace hook: instantiating the
 * executable model the build generated (its classes and lambdas), building the KieBase from it,
 * then a first and a second session over northwind's facts (the network's memories are made
 * lazily, by the first session). Prints {@code key value ms} lines; run it several times, each in a
 * fresh JVM, and compare medians. Reading northwind.yaml comes first and is not counted.
 *
 * <pre>for i in 1 2 3 4 5; do java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.RuleBaseStartup; done</pre>
 */
public final class RuleBaseStartup {
    private static final String MODEL_INDEX = "META-INF/kie/org.ctorole/cto-rules/drools-model";

    private RuleBaseStartup() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        OrganisationProfile northwind = Northwind.load();
        long t0 = System.nanoTime();
        Model model = model();
        long t1 = System.nanoTime();
        // The configuration RuleBase gives: KieServices (drools-compiler) is not on the path of the built-in pack.
        KieBase base = KieBaseBuilder.createKieBaseFromModel(model, RuleBaseFactory.newKnowledgeBaseConfiguration());
        long t2 = System.nanoTime();
        // The sessions through the assessor's public hook: its rules phase is the session's work.
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        long t3 = System.nanoTime();
        AssessmentTrace first = assessor.trace(northwind);
        AssessmentTrace second = assessor.trace(northwind);
        print("model-instance", t1 - t0);
        print("kiebase-build", t2 - t1);
        print("assessor (kiebase again)", t3 - t2);
        print("first-session", first.nanos().get("rules"));
        print("second-session", second.nanos().get("rules"));
        System.out.printf(Locale.ROOT, "firings %d count%n", first.totalFirings() + second.totalFirings());
    }

    /** The generated executable model named in the kjar's index, as {@code RuleBase} loads it. */
    private static Model model() throws IOException, ReflectiveOperationException {
        ClassLoader loader = RuleBaseStartup.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_INDEX + " not on the class path");
            }
            String modelClass = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(MODEL_INDEX + " names no model"));
            return (Model) Class.forName(modelClass, true, loader).getDeclaredConstructor().newInstance();
        }
    }

    private static void print(String key, long nanos) {
        System.out.printf(Locale.ROOT, "%s %.3f ms%n", key, nanos / 1e6);
    }
}
