package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ctorole.rules.internal.RuleBase;
import org.ctorole.rules.internal.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Each condition of the built-in pack lists exactly the thresholds it reads. The engine cannot
 * say which policy fields a condition reads (most compare another fact with {@code $p.field}), so
 * the conditions declare them with {@code @thresholds}; this reads the DRL text of every condition
 * and checks the declaration against the thresholds its condition and consequence use.
 */
class ConditionThresholdsTest {
    private static final Path DRL = Path.of("src/main/resources/org/ctorole/rules/drl");
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"(.*?)^when(.*?)^then(.*?)^end",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

    /** Condition name → what its DRL text shows. */
    private static final Map<String, DrlCondition> TEXT = new TreeMap<>();
    /** Condition name → its {@code @thresholds} as the engine loaded it, or null when it has none. */
    private static final Map<String, Object> DECLARED = new TreeMap<>();

    private record DrlCondition(boolean matchesPolicy, Set<Threshold> reads) {
    }

    @BeforeAll
    static void read() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DRL)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = RULE.matcher(Files.readString(file));
            while (m.find()) {
                String when = code(m.group(3));
                String then = code(m.group(4));
                TEXT.put(m.group(1), new DrlCondition(when.contains("AssessmentPolicy"), thresholdsIn(when + "\n" + then)));
            }
        }
        for (KiePackage p : RuleBase.builtIn().getKiePackages()) {
            for (Rule r : p.getRules()) {
                DECLARED.put(r.getName(), r.getMetaData().get("thresholds"));
            }
        }
    }

    /** DRL code without comments and string literals, where no threshold is read. */
    private static String code(String drl) {
        return drl.replaceAll("//[^\n]*", "").replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }

    /** The thresholds named in code, as a field ({@code $p.minTruckFactor}, {@code minTruckFactor()}). */
    private static Set<Threshold> thresholdsIn(String code) {
        Set<Threshold> found = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(code);
        while (m.find()) {
            Threshold.byKey(m.group()).ifPresent(found::add);
        }
        return found;
    }

    private static List<Threshold> namedIn(String... texts) {
        List<Threshold> named = new ArrayList<>();
        for (String text : texts) {
            Wording.placeholders(text).forEach(n -> Threshold.byKey(n).filter(t -> !named.contains(t))
                    .ifPresent(named::add));
        }
        return named;
    }

    @Test
    void theDrlTextOfEveryConditionIsRead() {
        Set<String> conditions = new TreeSet<>();
        RuleBook.builtIn().rules().forEach(r -> r.conditions().forEach(c -> conditions.add(c.name())));

        assertThat(TEXT.keySet()).isEqualTo(conditions);
        assertThat(DECLARED.keySet()).isEqualTo(conditions);
        // The policy reaches no condition indirectly: a threshold is read only where the policy is matched.
        TEXT.forEach((name, drl) -> assertThat(drl.matchesPolicy()).as(name).isEqualTo(!drl.reads().isEmpty()));
        assertThat(TEXT.values()).filteredOn(DrlCondition::matchesPolicy).hasSize(30);
    }

    @Test
    void everyConditionReadingThePolicyDeclaresExactlyTheThresholdsItReads() {
        TEXT.forEach((name, drl) -> {
            Object declared = DECLARED.get(name);
            if (!drl.matchesPolicy()) {
                assertThat(declared).as(name + " reads no threshold, so declares none").isNull();
                return;
            }
            assertThat(declared).as(name + " reads the policy, so says which thresholds").isNotNull();
            List<Threshold> listed = new ArrayList<>();
            for (String key : String.valueOf(declared).replace("\"", "").split(",")) {
                if (!key.isBlank()) {
                    listed.add(Threshold.byKey(key.trim()).orElseThrow());
                }
            }
            assertThat(listed).as(name).containsExactlyInAnyOrderElementsOf(drl.reads());
        });
    }

    @Test
    void everyConditionListsTheThresholdsItReadsAndThoseItsTextsName() {
        for (RuleDescriptor rule : RuleBook.builtIn().rules()) {
            for (RuleCondition c : rule.conditions()) {
                Set<Threshold> expected = new LinkedHashSet<>(TEXT.get(c.name()).reads());
                expected.addAll(namedIn(c.message(), c.recommendation()));

                assertThat(c.thresholds()).as(c.name()).containsExactlyInAnyOrderElementsOf(expected);
                // A finding also shows the thresholds of the rule's outcome: its action step words them.
                expected.addAll(namedIn(rule.outcome()));
                assertThat(RuleBook.builtIn().thresholdsOfCondition(c.name())).as(c.name())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void everyThresholdAConditionReadsIsDescribedWhereTheRuleSaysWhenItFires() {
        for (RuleDescriptor rule : RuleBook.builtIn().rules()) {
            List<Threshold> described = namedIn(rule.firesWhen());
            rule.conditions().forEach(c -> assertThat(described).as(c.name())
                    .containsAll(TEXT.get(c.name()).reads()));
            // So the rule's thresholds keep the order of its description.
            assertThat(rule.thresholds()).as(rule.id()).startsWith(described.toArray(Threshold[]::new));
        }
    }

    @Test
    void theConditionsOfNoDeputyShowOnlyTheThresholdTheOtherLeadersConditionReads() {
        RuleDescriptor noDeputy = RuleBook.builtIn().rule("no-deputy").orElseThrow();

        assertThat(noDeputy.thresholds()).containsExactly(Threshold.OTHER_LEADERS_NEED_DEPUTIES);
        assertThat(noDeputy.conditions()).extracting(RuleCondition::name, RuleCondition::thresholds).containsExactly(
                tuple("no-deputy", List.of()),
                tuple("no-deputy (other leader)",
                        List.of(Threshold.OTHER_LEADERS_NEED_DEPUTIES)),
                tuple("no-deputy (part-time CTO)", List.of()));
    }
}
