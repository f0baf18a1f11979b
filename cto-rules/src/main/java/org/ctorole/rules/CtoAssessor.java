package org.ctorole.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.Waiver;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.validation.ProfileValidator;
import org.ctorole.rules.internal.CustomRules;
import org.ctorole.rules.internal.FactBuilder;
import org.ctorole.rules.internal.FindingAssembler;
import org.ctorole.rules.internal.Reported;
import org.ctorole.rules.internal.RuleBase;
import org.ctorole.rules.internal.RuleMetadata;
import org.ctorole.rules.internal.RunGuard;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses organisation profiles against the CTO role. Build once (the built-in pack is
 * compiled at build time, so this is cheap); {@link #assess} is thread-safe, never mutates its
 * input and keeps no state between calls. Each profile is judged by the thresholds of its stage
 * ({@link StagePolicy}: the presets unless told otherwise). Custom rules are trusted code (see
 * {@link Builder#addRules(Path)}); {@link Builder#timeLimit} and {@link Builder#maxFirings} bound
 * what they may cost, and whatever they throw comes back as a {@link RuleExecutionException}.
 *
 * <pre>{@code
 * CtoAssessor assessor = CtoAssessor.builder()
 *         .stagePolicy(StagePolicy.presets().overriding(Map.of("minTruckFactor", 3)))
 *         .disable("distant-from-ceo")
 *         .addRules(Path.of("my-rules.drl"))        // custom DRL: needs cto-rules-custom
 *         .build();
 * Assessment a = assessor.assess(profile);
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CtoAssessor {
    private static final Logger LOG = LoggerFactory.getLogger(CtoAssessor.class);

    private final StagePolicy stagePolicy;
    private final Set<String> disabled;
    private final RuleBook ruleBook;
    private final List<KieBase> kieBases;
    private final Duration timeLimit;
    private final int maxFirings;

    private CtoAssessor(Builder b) {
        this.stagePolicy = b.stagePolicy;
        this.timeLimit = b.timeLimit;
        this.maxFirings = b.maxFirings;
        List<KieBase> bases = new ArrayList<>();
        if (b.customRules.isEmpty()) {
            bases.add(RuleBase.builtIn());
            this.ruleBook = RuleBook.builtIn();
        } else {
            // In a fresh JVM, loading the built-in pack and compiling custom rules each take a
            // large part of a second, mostly loading classes: one beside the other, not one after.
            CompletableFuture<KieBase> builtIn = RuleBase.builtInAside();
            CustomRules.Compiled custom = CustomRules.compile(b.customRules);
            bases.add(RuleBase.await(builtIn));
            List<String> clashes = custom.rules().stream().map(RuleDescriptor::id)
                    .filter(RuleBook.builtIn()::contains)
                    .map(id -> custom.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                            .origin() + ": rule '" + id + "' has the id of a built-in rule; give it an id of its own")
                    .toList();
            if (!clashes.isEmpty()) {
                throw new RuleCompilationException(clashes);
            }
            this.ruleBook = RuleBook.builtIn().with(custom.rules());
            bases.add(custom.base());
        }
        for (String id : b.disabled) {
            if (!ruleBook.contains(id)) {
                throw new IllegalArgumentException("cannot disable unknown rule '" + id + "'");
            }
        }
        this.disabled = Set.copyOf(b.disabled);
        this.kieBases = List.copyOf(bases);
    }

    /** An assessor with the built-in rules and the default policy. */
    public static CtoAssessor withDefaultRules() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The thresholds for a profile without a stage: the defaults, unless a policy was given. */
    public AssessmentPolicy policy() {
        return stagePolicy.forStage(null);
    }

    /** The thresholds an organisation at this stage is judged by ({@code null}: no stage given). */
    public AssessmentPolicy policyFor(Stage stage) {
        return stagePolicy.forStage(stage);
    }

    /** The thresholds by stage this assessor judges by. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public StagePolicy stagePolicy() {
        return stagePolicy;
    }

    /** The rules this assessor knows, built-in and custom. */
    public RuleBook ruleBook() {
        return ruleBook;
    }

    /**
     * Every problem that stops this assessor from assessing a profile: the profile's validation
     * problems, and waivers naming a rule this assessor does not know. {@code cto validate} and
     * {@link #assess} check exactly this list.
     */
    public List<Problem> problems(OrganisationProfile profile) {
        Objects.requireNonNull(profile, "profile");
        List<Problem> problems = new ArrayList<>(ProfileValidator.validate(profile));
        for (int i = 0; i < profile.waivers().size(); i++) {
            Waiver w = profile.waivers().get(i);
            if (w != null && w.ruleId() != null && !ruleBook.contains(w.ruleId())) {
                problems.add(Problem.at("waivers[" + i + "].ruleId", "unknown rule '" + w.ruleId() + "'"
                        + (w.ruleId().isBlank() ? "" : " (see 'cto rules' for the rule ids)")));
            }
        }
        return problems;
    }

    /**
     * Assesses one profile.
     *
     * @throws InvalidProfileException when the profile has {@linkplain #problems problems} (every one listed)
     * @throws RuleExecutionException  when a custom rule throws (whatever it throws, {@link Error}s included),
     *                                 or the rules reach the {@linkplain Builder#timeLimit time} or
     *                                 {@linkplain Builder#maxFirings firing} limit
     */
    public Assessment assess(OrganisationProfile profile) {
        return run(profile, null);
    }

    /**
     * Assesses one profile and says where the time went and which rules fired: for benchmarks and
     * for finding out why a rule set is slow. Slower than {@link #assess}, which it otherwise equals.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public AssessmentTrace trace(OrganisationProfile profile) {
        AssessmentTrace.Recorder recorder = new AssessmentTrace.Recorder();
        Assessment assessment = run(profile, recorder);
        return recorder.finish(assessment);
    }

    private Assessment run(OrganisationProfile profile, AssessmentTrace.Recorder trace) {
        List<Problem> problems = problems(profile);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        if (trace != null) {
            trace.phase("validate");
        }
        // Custom rules get every fact; then the built-in pack shares that list (it ignores the
        // extra facts) rather than the facts being built twice.
        List<Object> facts = FactBuilder.facts(profile, kieBases.size() > 1);
        Stage stage = profile.organisation().stage();
        AssessmentPolicy policy = stagePolicy.forStage(stage);
        facts.add(policy);
        if (trace != null) {
            trace.facts(facts.size());
            trace.phase("facts");
        }
        List<Reported> reported = new ArrayList<>();
        // The built-in pack alone and unlimited needs no guard; custom rules always get one, to be named when they fail.
        RunGuard guard = kieBases.size() == 1 && timeLimit == null && maxFirings == 0 ? RunGuard.NONE
                : new RunGuard(timeLimit, maxFirings, this::originOf);
        for (int i = 0; i < kieBases.size(); i++) {
            Consumer<String> fired = trace == null ? null : trace::fired;
            reported.addAll(i == 0 ? RuleBase.run(kieBases.get(i), facts, disabled, fired, guard)
                    : RuleBase.runCustom(kieBases.get(i), facts, disabled, fired, guard));
        }
        if (trace != null) {
            trace.phase("rules");
        }
        LOG.debug("assessed {}: {} facts, {} reports", profile.organisation().id(), facts.size(), reported.size());
        Assessment assessment = assemble(profile, policy, FindingAssembler.assemble(reported, profile, ruleBook,
                policy, thresholds -> stagePolicy.origin(stage, thresholds), disabled));
        if (trace != null) {
            trace.phase("findings");
        }
        return assessment;
    }

    /** Where a rule (by its DRL name) is defined, for messages. */
    private String originOf(String ruleName) {
        return ruleBook.rule(RuleMetadata.idOf(ruleName)).map(RuleDescriptor::origin).orElse(null);
    }

    /**
     * What a thread is doing in custom rules now: {@code rule 'id' (file)} while it runs that
     * custom rule's consequence, {@code the conditions of the custom rules} while it matches them,
     * empty when it runs none. For a host that guards against custom rules, e.g. a shutdown hook
     * that finds {@code System.exit} called by the thread of an assessment (the {@code cto}
     * command names the rule this way).
     *
     * <pre>{@code CtoAssessor.customRuleOn(exitingThread).ifPresent(rule -> System.err.println(rule + " called System.exit"));}</pre>
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static Optional<String> customRuleOn(Thread thread) {
        return RunGuard.customRuleOn(Objects.requireNonNull(thread, "thread"));
    }

    /** Assesses many profiles across the common fork-join pool, sharing the rule base; results in input order. */
    public List<Assessment> assessAll(Collection<OrganisationProfile> profiles) {
        return profiles.parallelStream().map(this::assess).toList();
    }

    private Assessment assemble(OrganisationProfile profile, AssessmentPolicy policy, List<Finding> unwaived) {
        Map<String, Waiver> activeWaivers = new LinkedHashMap<>();
        Set<String> waiverKeys = new LinkedHashSet<>();
        for (Waiver w : profile.waivers()) {
            waiverKeys.add(w.key());
            if (!w.expires().isBefore(profile.organisation().assessedOn())) {
                activeWaivers.put(w.key(), w);
            }
        }
        List<Finding> findings = new ArrayList<>(unwaived.size());
        Set<String> matched = new LinkedHashSet<>();
        for (Finding finding : unwaived) {
            String key = finding.key();
            if (waiverKeys.contains(key)) {
                matched.add(key);
            }
            Waiver waiver = activeWaivers.get(key);
            findings.add(waiver == null ? finding : finding.waivedBy(waiver));
        }
        List<Waiver> unmatched = profile.waivers().stream().filter(w -> !matched.contains(w.key()))
                .sorted(Comparator.comparing(Waiver::ruleId).thenComparing(Waiver::subject)).toList();
        List<NotAssessed> notAssessed = notAssessed(profile);
        Set<String> silent = new HashSet<>();
        notAssessed.forEach(n -> silent.add(n.ruleId()));
        return new Assessment(profile.organisation().id(), profile.organisation().assessedOn(), findings,
                notAssessed, unmatched, Scorecard.of(findings, ruleBook, silent, profile, policy),
                ActionPlan.of(findings, profile, ruleBook));
    }

    /** The rules that cannot judge this profile: disabled, or reading what it omits (per their metadata). */
    private List<NotAssessed> notAssessed(OrganisationProfile profile) {
        List<NotAssessed> result = new ArrayList<>();
        Set<Section> present = profile.presentSections();
        for (RuleDescriptor rule : ruleBook.rules()) {
            String id = rule.id();
            if (disabled.contains(id)) {
                result.add(new NotAssessed(id, "disabled"));
                continue;
            }
            Set<Section> sections = ruleBook.sectionsOf(id);
            if (!present.containsAll(sections)) {
                List<String> omitted = sections.stream().filter(s -> !present.contains(s)).map(Section::key).sorted()
                        .map(k -> "'" + k + "'").toList();
                result.add(new NotAssessed(id, (omitted.size() == 1 ? "section " : "sections ")
                        + String.join(", ", omitted) + " omitted"));
                continue;
            }
            List<String> fields = null;
            for (String path : ruleBook.fieldsReadBy(id)) {
                if (!profile.gives(path)) {
                    if (fields == null) {
                        fields = new ArrayList<>();
                    }
                    fields.add(path);
                }
            }
            if (fields != null) {
                result.add(new NotAssessed(id, String.join(", ", fields) + " omitted"));
            }
        }
        result.sort(Comparator.comparing(NotAssessed::ruleId));
        return result;
    }

    /** Configures an assessor; every method returns this builder. */
    public static final class Builder {
        private StagePolicy stagePolicy = StagePolicy.presets();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, String> customRules = new LinkedHashMap<>();
        private Duration timeLimit;
        private int maxFirings;

        private Builder() {
        }

        /**
         * How long the rules of one assessment may run (inserting the facts and firing, built-in
         * and custom rules together); past it {@link #assess} throws a {@link RuleExecutionException}
         * ({@code TIME_LIMIT}) naming the rule that was running. {@code null}, the default, sets no limit.
         *
         * <p>The rules are stopped with Drools' {@code halt()}, which takes effect between two
         * firings, and custom rules run on a worker thread that is interrupted at the limit (this
         * ends a consequence that sleeps or waits). A custom consequence that computes without
         * end cannot be stopped: the assessment still returns at the limit, but its worker (a
         * daemon thread) goes on using a processor until the consequence returns or the JVM exits.
         * Custom rules therefore run on another thread than the caller's when a time limit is set.
         */
        public Builder timeLimit(Duration limit) {
            if (limit != null && (limit.isNegative() || limit.isZero())) {
                throw new IllegalArgumentException("the time limit must be positive, not " + limit);
            }
            timeLimit = limit;
            return this;
        }

        /**
         * How many rule firings one assessment may make, built-in and custom rules together; one
         * more and {@link #assess} throws a {@link RuleExecutionException} ({@code FIRING_LIMIT})
         * naming the rule that fired last. This bounds a rule that inserts what it matches again
         * (and would fill the memory). 0, the default, sets no limit. The built-in rules fire
         * about once per four facts (17,650 times for a profile of 100,000 people).
         */
        public Builder maxFirings(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("the firing limit must be positive (or 0 for none), not " + limit);
            }
            maxFirings = limit;
            return this;
        }

        /** One policy for every profile, whatever its stage (in place of the stage presets). */
        public Builder policy(AssessmentPolicy value) {
            stagePolicy = StagePolicy.uniform(Objects.requireNonNull(value, "policy"));
            return this;
        }

        /** The thresholds by stage: the presets with the user's values, for instance. */
        @API(status = API.Status.EXPERIMENTAL, since = "0.2")
        public Builder stagePolicy(StagePolicy value) {
            stagePolicy = Objects.requireNonNull(value, "stagePolicy");
            return this;
        }

        /** Turns rules off by id; their findings are not produced and they are listed as not assessed. */
        public Builder disable(String... ruleIds) {
            disabled.addAll(List.of(ruleIds));
            return this;
        }

        /**
         * Adds a DRL file, compiled when the assessor is built. Its rules may use the facts of
         * {@code org.ctorole.rules.facts} and describe themselves in metadata, as the built-in
         * rules do; they are then listed, waived, disabled and scored like built-in ones.
         * Custom rules are compiled by the artifact {@code org.ctorole:cto-rules-custom}, which
         * must be on the classpath.
         *
         * <p>Custom rules are trusted code: their conditions and consequences are Java, run in this
         * JVM with its permissions, and can do what any code can (read and write files, open
         * connections, start threads, call {@code System.exit}). What the assessor guards against
         * is the failure of well-meant rules: what they throw comes back as a
         * {@link RuleExecutionException} naming the rule, and {@link #timeLimit} and
         * {@link #maxFirings} bound a rule that loops. Add only rules you would run as code.
         *
         * @throws IllegalStateException    when cto-rules-custom is not on the classpath
         * @throws IllegalArgumentException when the file cannot be read
         */
        public Builder addRules(Path drlFile) {
            CustomRules.compiler();
            try {
                customRules.put(drlFile.toString(), Files.readString(drlFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read rule file " + drlFile + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Adds DRL text under a name used in error messages; as {@link #addRules(Path)}.
         *
         * @throws IllegalStateException when cto-rules-custom is not on the classpath
         */
        public Builder addRules(String name, String drl) {
            CustomRules.compiler();
            customRules.put(name, drl);
            return this;
        }

        /**
         * The assessor.
         *
         * @throws RuleCompilationException when a custom DRL file does not compile, a custom rule
         *                                  does not describe itself, or takes a built-in rule's id
         */
        public CtoAssessor build() {
            return new CtoAssessor(this);
        }
    }
}
