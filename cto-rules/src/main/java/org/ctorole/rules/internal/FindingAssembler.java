package org.ctorole.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.Evidence;
import org.ctorole.rules.EvidenceKind;
import org.ctorole.rules.Finding;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.RuleCondition;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Severity;
import org.ctorole.rules.Subject;
import org.ctorole.rules.SubjectKind;
import org.ctorole.rules.Threshold;

/**
 * Turns what rules reported into findings, and words them: one finding per (rule, subject), its
 * severity the most severe of the conditions that fired, its message and recommendation filled
 * in from the rule's metadata with the evidence, the subject's name and the policy's thresholds.
 * The only place where finding text is made.
 */
@API(status = API.Status.INTERNAL)
public final class FindingAssembler {
    /** The evidence naming where a finding's thresholds come from: {@code "the STARTUP preset"}. */
    public static final String POLICY = "policy";

    private FindingAssembler() {
    }

    /** The findings, unwaived, in (severity, ruleId, subject) order; reports of {@code disabled} rules are dropped. */
    public static List<Finding> assemble(List<Reported> reports, OrganisationProfile profile, RuleBook book,
                                         AssessmentPolicy policy,
                                         Function<Collection<Threshold>, String> thresholdsFrom,
                                         Set<String> disabled) {
        Map<String, Group> groups = new HashMap<>();
        for (Reported r : reports) {
            String id = RuleMetadata.idOf(r.ruleName());
            if (disabled.contains(id)) {
                continue; // a custom rule base may report under a disabled id too
            }
            RuleDescriptor rule = book.rule(id).orElseThrow(() -> new IllegalStateException(
                    "rule '" + r.ruleName() + "' reported a finding but is not described"));
            RuleCondition condition = rule.condition(r.ruleName()).orElseThrow(() -> new IllegalStateException(
                    "rule '" + r.ruleName() + "' reported a finding but is not a condition of '" + id + "'"));
            groups.computeIfAbsent(id + ":" + r.detection().subject(), k -> new Group(rule, r.detection().subject()))
                    .add(condition, r.detection().evidence());
        }
        Naming naming = new Naming(profile);
        List<Finding> findings = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            findings.add(g.finding(naming, book, policy, thresholdsFrom));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(f -> f.subject().id()));
        return findings;
    }

    /**
     * The messages of the conditions that fired as one sentence. Messages that open with the same
     * words, naming the subject, share them: "The CTO, Maya Chen, spends 33 % ... and keeps 2 % ...";
     * others are joined by semicolons.
     */
    static String sentence(List<String> messages, String subjectName) {
        if (messages.size() == 1) {
            return messages.get(0);
        }
        String first = messages.get(0);
        int shared = first.length();
        for (String m : messages.subList(1, messages.size())) {
            int i = 0;
            while (i < Math.min(shared, m.length()) && first.charAt(i) == m.charAt(i)) {
                i++;
            }
            shared = i;
        }
        shared = first.lastIndexOf(' ', Math.max(0, shared - 1)) + 1; // back to the start of a word
        String opening = first.substring(0, shared);
        if (shared == 0 || !opening.contains(subjectName)) {
            return String.join("; ", messages);
        }
        List<String> rests = messages.stream().map(m -> m.substring(opening.length())).toList();
        return opening + Wording.list(rests);
    }

    /** The reports of one (rule, subject). */
    private static final class Group {
        private final RuleDescriptor rule;
        private final String subject;
        // By identity: a rule's conditions are distinct objects, and a record's hashCode reads all its texts.
        private final Map<RuleCondition, List<Evidence>> byCondition = new IdentityHashMap<>(4);

        Group(RuleDescriptor rule, String subject) {
            this.rule = rule;
            this.subject = subject;
        }

        void add(RuleCondition condition, List<Evidence> values) {
            List<Evidence> before = byCondition.get(condition);
            // A condition that fires twice for one subject keeps one of its reports, the same one
            // whatever order the engine fired them in.
            if (before == null || values.toString().compareTo(before.toString()) < 0) {
                byCondition.put(condition, values);
            }
        }

        Finding finding(Naming naming, RuleBook book, AssessmentPolicy policy,
                        Function<Collection<Threshold>, String> thresholdsFrom) {
            // In the rule's order, whatever order the engine fired them in.
            List<RuleCondition> conditions = new ArrayList<>(byCondition.size());
            List<String> names = new ArrayList<>(byCondition.size());
            Severity severity = null;
            for (RuleCondition c : rule.conditions()) {
                if (byCondition.containsKey(c)) {
                    conditions.add(c);
                    names.add(c.name());
                    severity = severity == null || c.severity().compareTo(severity) < 0 ? c.severity() : severity;
                }
            }
            Map<String, Evidence> evidence = new LinkedHashMap<>();
            for (RuleCondition c : conditions) {
                byCondition.get(c).forEach(e -> evidence.putIfAbsent(e.name(), e));
            }
            Subject about = new Subject(rule.subjectKind(), subject, naming.name(rule.subjectKind(), subject));
            List<Evidence> worded = new ArrayList<>(evidence.size() + 2);
            for (Evidence e : evidence.values()) {
                SubjectKind refers = e.kind().subjectKind().orElse(null);
                worded.add(e.withText(Wording.evidenceText(e.kind(), e.value(),
                        refers == null ? null : id -> naming.name(refers, id))));
            }
            List<Threshold> thresholds = thresholdsShown(conditions, book);
            for (Threshold t : thresholds) {
                if (!evidence.containsKey(t.key())) {
                    worded.add(new Evidence(t.key(), t.unit(), t.valueIn(policy), t.format(policy)));
                }
            }
            if (!thresholds.isEmpty() && !evidence.containsKey(POLICY)) {
                // Which stage's thresholds judged it: the same profile at another stage may not fire.
                String from = thresholdsFrom.apply(thresholds);
                worded.add(new Evidence(POLICY, EvidenceKind.TEXT, from, from));
            }
            // A few evidence at most: a scan costs less than a map made for each finding.
            Function<String, String> words = name -> {
                for (Evidence e : worded) {
                    if (e.name().equals(name)) {
                        return e.text();
                    }
                }
                return name.equals("subject") ? about.name() : null;
            };
            List<String> messages = new ArrayList<>(conditions.size());
            Set<String> advice = new LinkedHashSet<>();
            for (RuleCondition c : conditions) {
                messages.add(Wording.fill(c.message(), words));
                advice.add(Wording.fill(c.recommendation(), words));
            }
            return new Finding(rule.id(), severity, about, names,
                    sentence(messages, about.name()), worded, rule.harmsFor(subject), rule.track(),
                    String.join(" ", advice), rule.sources(), null);
        }

        /**
         * The thresholds of the conditions that fired, in the rule's order: a condition that does
         * not read a threshold does not show it (the CTO's no-deputy finding does not show whether
         * other leaders need deputies).
         */
        private List<Threshold> thresholdsShown(List<RuleCondition> conditions, RuleBook book) {
            if (conditions.size() == 1) {
                return book.thresholdsOfCondition(conditions.get(0).name());
            }
            List<Threshold> shown = new ArrayList<>();
            for (Threshold t : book.thresholdsOf(rule.id())) {
                for (RuleCondition c : conditions) {
                    if (book.thresholdsOfCondition(c.name()).contains(t)) {
                        shown.add(t);
                        break;
                    }
                }
            }
            return shown;
        }
    }
}
