package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.ctorole.rules.internal.RuleBase;
import org.ctorole.rules.internal.Wording;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The rule book is read from the DRL's own metadata; this checks that nothing is left out or made up. */
class RuleBookConsistencyTest {
    private final RuleBook book = RuleBook.builtIn();

    @Test
    void everyDrlRuleIsAConditionOfADescribedRuleAndEveryConditionADrlRule() {
        Set<String> drl = new TreeSet<>();
        for (KiePackage p : RuleBase.builtIn().getKiePackages()) {
            for (Rule r : p.getRules()) {
                drl.add(r.getName());
            }
        }
        Set<String> described = new TreeSet<>();
        book.rules().forEach(r -> r.conditions().forEach(c -> described.add(c.name())));

        assertThat(described).isEqualTo(drl);
        assertThat(book.rules()).allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.conditions().get(0).name()).isEqualTo(r.id());
            assertThat(r.conditions().get(0).severity()).isEqualTo(r.severity());
            assertThat(r.isBuiltIn()).isTrue();
        });
    }

    @Test
    void everyPlaceholderOfARuleTextIsTheSubjectAThresholdOrEvidenceTheRuleGives() {
        for (RuleDescriptor r : book.rules()) {
            Set<String> names = new TreeSet<>(Wording.placeholders(r.firesWhen()));
            r.conditions().forEach(c -> {
                names.addAll(Wording.placeholders(c.message()));
                names.addAll(Wording.placeholders(c.recommendation()));
            });
            names.addAll(Wording.placeholders(r.outcome()));
            for (String name : names) {
                assertThat(name).as(r.id() + " {" + name + "}").matches(n -> n.equals("subject")
                        || Threshold.byKey(n).isPresent() || Character.isLowerCase(n.charAt(0)));
            }
            assertThat(Wording.placeholders(r.firesWhen())).as(r.id() + ": firesWhen names thresholds only")
                    .allMatch(n -> Threshold.byKey(n).isPresent());
        }
    }

    @Test
    void ruleIdsAreUniqueAndAnUnknownIdIsNoRule() {
        assertThat(book.rules()).extracting(RuleDescriptor::id).doesNotHaveDuplicates();
        assertThat(book.rule("no-such-rule")).isEmpty();
    }
}
