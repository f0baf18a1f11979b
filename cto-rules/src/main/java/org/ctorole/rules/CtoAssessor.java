package org.ctorole.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.ctorole.model.profile.Waiver;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.validation.ProfileValidator;
import org.ctorole.rules.facts.Detection;
import org.ctorole.rules.internal.FactBuilder;
import org.ctorole.rules.internal.RuleBase;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses organisation profiles against the CTO role. Build once (the built-in pack is
 * compiled at build time, so this is cheap); {@link #assess} is thread-safe, never mutates its
 * input and keeps no state between calls.
 *
 * <pre>{@code
 * CtoAssessor assessor = CtoAssessor.builder()
 *         .policy(AssessmentPolicy.defaults().toBuilder().minTruckFactor(3).build())
 *         .disable("distant-from-ceo")
 *         .addRules(Path.of("my-rules.drl"))
 *         .build();
 * Assessment a = assessor.assess(profile);
 * }</pre>
 */
public final class CtoAssessor {
    private static final Logger LOG = LoggerFactory.getLogger(CtoAssessor.class);

    /** Rules whose every condition reads the CTO's time allocation. */
    private static final Set<String> TIME_RULES =
            Set.of("cto-in-the-weeds", "business-time-imbalance", "neglected-constituent");

    private final AssessmentPolicy policy;
    private final Set<String> disabled;
    private final RuleBook ruleBook;
    private final List<KieBase> kieBases;

    private CtoAssessor(Builder b) {
        this.policy = b.policy;
        this.ruleBook = RuleBook.builtIn().with(b.descriptors);
        for (String id : b.disabled) {
            if (!ruleBook.contains(id)) {
                throw new IllegalArgumentException("cannot disable unknown rule '" + id + "'");
            }
        }
        this.disabled = Set.copyOf(b.disabled);
        List<KieBase> bases = new ArrayList<>();
        bases.add(RuleBase.builtIn());
        if (!b.customRules.isEmpty()) {
            bases.add(RuleBase.compile(b.customRules));
        }
        this.kieBases = List.copyOf(bases);
    }

    /** An assessor with the built-in rules and the default policy. */
    public static CtoAssessor withDefaultRules() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public AssessmentPolicy policy() {
        return policy;
    }

    /** The rules this assessor knows, built-in and custom. */
    public RuleBook ruleBook() {
        return ruleBook;
    }

    /**
     * Assesses one profile.
     *
     * @throws InvalidProfileException when the profile is invalid (every problem listed), or a
     *                                 waiver names a rule this assessor does not know
     */
    public Assessment assess(OrganisationProfile profile) {
        Objects.requireNonNull(profile, "profile");
        List<Problem> problems = new ArrayList<>(ProfileValidator.validate(profile));
        for (int i = 0; i < profile.waivers().size(); i++) {
            Waiver w = profile.waivers().get(i);
            if (w != null && w.ruleId() != null && !ruleBook.contains(w.ruleId())) {
                problems.add(Problem.at("waivers[" + i + "].ruleId", "unknown rule '" + w.ruleId() + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        // Custom rules get every fact; then the built-in pack shares that list (it ignores the
        // extra facts) rather than the facts being built twice.
        List<Object> facts = FactBuilder.facts(profile, kieBases.size() > 1);
        facts.add(policy);
        List<Detection> detections = new ArrayList<>();
        for (KieBase base : kieBases) {
            detections.addAll(RuleBase.run(base, facts, disabled));
        }
        LOG.debug("assessed {}: {} facts, {} detections", profile.organisation().id(), facts.size(),
                detections.size());
        return assemble(profile, detections);
    }

    /** Assesses many profiles across the common fork-join pool, sharing the rule base; results in input order. */
    public List<Assessment> assessAll(Collection<OrganisationProfile> profiles) {
        return profiles.parallelStream().map(this::assess).toList();
    }

    private Assessment assemble(OrganisationProfile profile, List<Detection> detections) {
        Map<String, Detection> byKey = new HashMap<>();
        Comparator<Detection> preferred = Comparator.comparing(Detection::severity)
                .thenComparing(Detection::message);
        for (Detection d : detections) {
            if (disabled.contains(d.ruleId())) {
                continue; // a custom rule base may report under a disabled id too
            }
            byKey.merge(d.ruleId() + ":" + d.subject(), d, (a, b) -> preferred.compare(a, b) <= 0 ? a : b);
        }
        Map<String, Waiver> activeWaivers = new LinkedHashMap<>();
        Set<String> waiverKeys = new LinkedHashSet<>();
        for (Waiver w : profile.waivers()) {
            waiverKeys.add(w.key());
            if (!w.expires().isBefore(profile.organisation().assessedOn())) {
                activeWaivers.put(w.key(), w);
            }
        }
        List<Finding> findings = new ArrayList<>(byKey.size());
        Set<String> matched = new LinkedHashSet<>();
        for (Map.Entry<String, Detection> e : byKey.entrySet()) {
            Finding finding = toFinding(e.getValue());
            if (waiverKeys.contains(e.getKey())) {
                matched.add(e.getKey());
            }
            Waiver waiver = activeWaivers.get(e.getKey());
            findings.add(waiver == null ? finding : finding.waivedBy(waiver));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(Finding::subject));
        List<Waiver> unmatched = profile.waivers().stream().filter(w -> !matched.contains(w.key()))
                .sorted(Comparator.comparing(Waiver::ruleId).thenComparing(Waiver::subject)).toList();
        return new Assessment(profile.organisation().id(), profile.organisation().assessedOn(), findings,
                notAssessed(profile), unmatched, Scorecard.of(findings, profile, policy), ActionPlan.of(findings));
    }

    private Finding toFinding(Detection d) {
        RuleDescriptor rule = ruleBook.rule(d.ruleId()).orElse(null);
        if (rule == null) {
            // A custom rule registered without a descriptor: report it plainly rather than drop it.
            return new Finding(d.ruleId(), d.severity(), d.subject(), d.message(), d.evidence(), List.of(),
                    Track.GOVERNANCE, "", CustomRules.UNDESCRIBED_SOURCE, null);
        }
        return new Finding(d.ruleId(), d.severity(), d.subject(), d.message(), d.evidence(),
                rule.harmsFor(d.subject()), rule.track(), rule.recommendation(), rule.source(), null);
    }

    private List<NotAssessed> notAssessed(OrganisationProfile profile) {
        Set<Section> present = profile.presentSections();
        boolean timeGiven = profile.cto().flatMap(CtoWorkingPattern::timeAllocation).isPresent();
        boolean accountabilityGiven = profile.cto().flatMap(CtoWorkingPattern::accountableFor).isPresent();
        List<NotAssessed> result = new ArrayList<>();
        for (RuleDescriptor rule : ruleBook.rules()) {
            String id = rule.id();
            if (disabled.contains(id)) {
                result.add(new NotAssessed(id, "disabled"));
                continue;
            }
            List<String> omitted = rule.reads().stream().filter(s -> !present.contains(s)).sorted()
                    .map(s -> "'" + s.key() + "'").toList();
            if (!omitted.isEmpty()) {
                result.add(new NotAssessed(id, (omitted.size() == 1 ? "section " : "sections ")
                        + String.join(", ", omitted) + " omitted"));
            } else if (TIME_RULES.contains(id) && !timeGiven) {
                result.add(new NotAssessed(id, "cto.timeAllocation omitted"));
            } else if (id.equals("output-accountability") && !accountabilityGiven) {
                result.add(new NotAssessed(id, "cto.accountableFor omitted"));
            }
        }
        result.sort(Comparator.comparing(NotAssessed::ruleId));
        return result;
    }

    /** Configures an assessor; every method returns this builder. */
    public static final class Builder {
        private AssessmentPolicy policy = AssessmentPolicy.defaults();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, String> customRules = new LinkedHashMap<>();
        private final List<RuleDescriptor> descriptors = new ArrayList<>();

        private Builder() {
        }

        public Builder policy(AssessmentPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** Turns rules off by id; their findings are not produced and they are listed as not assessed. */
        public Builder disable(String... ruleIds) {
            disabled.addAll(List.of(ruleIds));
            return this;
        }

        /** Adds a DRL file, compiled when the assessor is built; it may use the facts of {@code org.ctorole.rules.facts}. */
        public Builder addRules(Path drlFile) {
            try {
                customRules.put(drlFile.toString(), Files.readString(drlFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read rule file " + drlFile + ": " + e.getMessage(), e);
            }
            return this;
        }

        /** Adds DRL text under a name used in error messages. */
        public Builder addRules(String name, String drl) {
            customRules.put(name, drl);
            return this;
        }

        /** Describes a custom rule so its findings carry a recommendation, harmed areas and a source. */
        public Builder describe(RuleDescriptor descriptor) {
            descriptors.add(descriptor);
            return this;
        }

        /**
         * The assessor.
         *
         * @throws RuleCompilationException when a custom DRL file does not compile
         */
        public CtoAssessor build() {
            return new CtoAssessor(this);
        }
    }
}
