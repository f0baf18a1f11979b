package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.StagePolicy;
import org.ctorole.rules.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files are read as strictly as profiles: every problem at once, placed, in plain words. */
class PolicyReaderTest {
    /** What a policy file may hold, as the reader lists it for an unknown key. */
    private static final String KNOWN_KEYS = "restoreTestMaxAgeDays, staleBackupFactor, keyPersonMinAreas,"
            + " minTruckFactor, maxTechnologyMinutes, lateJoinStages, maxHandsOnPercent, minLearningPercent,"
            + " minBusinessPercent, maxBusinessPercent, neglectedConstituentPercent, minOnTimeDeliveryRate,"
            + " indicatorMaxAgeDays, indicatorTarget, technologyReviewMaxAgeDays, otherLeadersNeedDeputies,"
            + " fullTimeCtoExpected, maxInternalItPercent, ceoMeetingMaxIntervalDays, businessBriefingMaxIntervalDays,"
            + " translationSessionMaxIntervalDays, awarenessTrainingMaxIntervalDays,"
            + " decisionRightsReviewMaxIntervalDays; and a section per stage: STARTUP, SCALEUP, ENTERPRISE)";


    private static final String STAGES = "FORMULATION, REVIEW, FEASIBILITY, IMPLEMENTATION, NEVER";

    private static List<String> problems(String text, String source) {
        return refused(() -> PolicyReader.read(text, source));
    }

    /** The problems a reader refuses a policy with, each placed in the file. */
    private static List<String> refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read);
        assertThat(e).as("expected the policy to be refused").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void keysOverrideTheDefaultsAndTheRestKeepThem() {
        AssessmentPolicy p = PolicyReader.read("""
                restoreTestMaxAgeDays: 30
                lateJoinStages: [REVIEW, FEASIBILITY, IMPLEMENTATION, NEVER]
                minOnTimeDeliveryRate: 0.9
                indicatorTarget: 4
                """, "strict.yaml");

        assertThat(p.restoreTestMaxAgeDays()).isEqualTo(30);
        assertThat(p.lateJoinStages()).isEqualTo(EnumSet.of(StrategyStage.REVIEW, StrategyStage.FEASIBILITY,
                StrategyStage.IMPLEMENTATION, StrategyStage.NEVER));
        assertThat(p.minOnTimeDeliveryRate()).isEqualTo(0.9);
        assertThat(p.indicatorTarget()).isEqualTo(4.0);
        assertThat(p.minTruckFactor()).isEqualTo(AssessmentPolicy.defaults().minTruckFactor());
    }

    @Test
    void jsonPoliciesReadTheSame() {
        assertThat(PolicyReader.read("{\"restoreTestMaxAgeDays\": 30, \"lateJoinStages\": []}", "strict.json"))
                .isEqualTo(AssessmentPolicy.defaults().toBuilder().restoreTestMaxAgeDays(30)
                        .lateJoinStages(EnumSet.noneOf(StrategyStage.class)).build());
    }

    @Test
    void anEmptyFileIsTheDefaultPolicy() {
        assertThat(PolicyReader.read("", "empty.yaml")).isEqualTo(AssessmentPolicy.defaults());
        assertThat(PolicyReader.read("# nothing yet\n", "empty.yaml")).isEqualTo(AssessmentPolicy.defaults());
        assertThat(PolicyReader.read("---\n", "empty.yaml")).isEqualTo(AssessmentPolicy.defaults());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPlaceInPlainWords() {
        // Issue 12: one problem at a time, in Jackson's words ("Cannot coerce String value ... CoercionConfig").
        String text = """
                minTruckFactor: "3"
                indicatorTarget: 9
                lateJoinStages: [REVIEW, LATER]
                maxHandsOn: 40
                restoreTestMaxAgeDays: 30
                restoreTestMaxAgeDays: 31
                staleBackupFactor: 2.5
                maxHandsOnPercent: .nan
                """;

        assertThat(problems(text, "p.yaml")).containsExactly(
                "p.yaml:1:1: minTruckFactor: expected a whole number, got '3'",
                "p.yaml:2:1: indicatorTarget: 9 is out of range 1..5",
                "p.yaml:3:26: lateJoinStages[1]: unknown value 'LATER' (expected one of " + STAGES + ")",
                "p.yaml:4:1: maxHandsOn: unknown key 'maxHandsOn' (known: " + KNOWN_KEYS,
                "p.yaml:6:1: restoreTestMaxAgeDays: duplicate key 'restoreTestMaxAgeDays'",
                "p.yaml:7:1: staleBackupFactor: expected a whole number, got 2.5",
                "p.yaml:8:1: maxHandsOnPercent: expected a number, got .nan");
    }

    @Test
    void theIndicatorTargetIsOnTheIndicatorsScale() {
        assertThat(problems("indicatorTarget: 0.5\n", "p.yaml"))
                .containsExactly("p.yaml:1:1: indicatorTarget: 0.5 is out of range 1..5");
        assertThat(PolicyReader.read("indicatorTarget: 5\n", "p.yaml").indicatorTarget()).isEqualTo(5.0);
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheirKey() {
        assertThat(problems("\nmaxHandsOnPercent: 120\nstaleBackupFactor: 0\n", "p.yaml")).containsExactly(
                "p.yaml:2:1: maxHandsOnPercent: 120 is out of range 0..100",
                "p.yaml:3:1: staleBackupFactor: 0 is out of range 1..1000");
    }

    @Test
    void aMinimumAboveItsMaximumIsPlacedAtTheKeyThatMadeIt() {
        assertThat(problems("minBusinessPercent: 60\n", "p.yaml"))
                .containsExactly("p.yaml:1:1: minBusinessPercent: 60 is above maxBusinessPercent 55");
        assertThat(problems("# tighter\nmaxBusinessPercent: 20\n", "p.yaml")).containsExactly(
                "p.yaml:2:1: maxBusinessPercent: minBusinessPercent: 25 is above maxBusinessPercent 20");
        assertThat(problems("maxBusinessPercent: 40\nminBusinessPercent: 45\n", "p.yaml"))
                .containsExactly("p.yaml:2:1: minBusinessPercent: 45 is above maxBusinessPercent 40");
    }

    // ---- stage presets (readStaged: what the cto command reads)

    private static List<String> stagedProblems(String text, String source) {
        return refused(() -> PolicyReader.readStaged(text, source));
    }

    @Test
    void topLevelKeysOverrideEveryStagesPresetAndStageSectionsOneStage() {
        StagePolicy p = PolicyReader.readStaged("""
                restoreTestMaxAgeDays: 30
                STARTUP:
                  maxHandsOnPercent: 60
                ENTERPRISE:
                  otherLeadersNeedDeputies: true
                  ceoMeetingMaxIntervalDays: 7
                """, "staged.yaml");

        for (Stage stage : Stage.values()) {
            assertThat(p.forStage(stage).restoreTestMaxAgeDays()).as(stage.name()).isEqualTo(30);
        }
        assertThat(p.forStage(null).restoreTestMaxAgeDays()).isEqualTo(30);
        assertThat(p.forStage(Stage.STARTUP).maxHandsOnPercent()).isEqualTo(60.0);
        assertThat(p.forStage(Stage.SCALEUP).maxHandsOnPercent()).isEqualTo(30.0);
        assertThat(p.forStage(Stage.ENTERPRISE).maxHandsOnPercent()).isEqualTo(20.0);
        assertThat(p.forStage(Stage.ENTERPRISE).ceoMeetingMaxIntervalDays()).isEqualTo(7);
        assertThat(p.forStage(Stage.STARTUP).otherLeadersNeedDeputies()).isFalse();
        assertThat(p.origin(Stage.STARTUP, List.of(Threshold.MAX_HANDS_ON_PERCENT, Threshold.MIN_LEARNING_PERCENT)))
                .isEqualTo("the STARTUP preset; maxHandsOnPercent set by the user");
        assertThat(p.origin(Stage.SCALEUP, List.of(Threshold.MAX_HANDS_ON_PERCENT)))
                .isEqualTo("the SCALEUP preset");
    }

    @Test
    void anEmptyFileKeepsThePresets() {
        StagePolicy p = PolicyReader.readStaged("", "empty.yaml");

        for (Stage stage : Stage.values()) {
            assertThat(p.forStage(stage)).isEqualTo(AssessmentPolicy.preset(stage));
        }
    }

    @Test
    void aValueThatContradictsOneStagesPresetNamesTheStage() {
        // 58 % is inside the start-up band (up to 60 %) but above a scale-up's maximum of 55 %.
        assertThat(stagedProblems("minBusinessPercent: 58\n", "p.yaml")).containsExactly(
                "p.yaml:1:1: minBusinessPercent: 58 is above maxBusinessPercent 55 (for SCALEUP)");
        assertThat(stagedProblems("STARTUP:\n  maxBusinessPercent: 10\n", "p.yaml")).containsExactly(
                "p.yaml:2:3: STARTUP.maxBusinessPercent: minBusinessPercent: 15 is above maxBusinessPercent 10"
                        + " (for STARTUP)");
    }

    @Test
    void stageSectionsAreCheckedLikeTheTopLevel() {
        assertThat(stagedProblems("STARTUP:\n  maxHandsOn: 60\n  maxHandsOnPercent: 160\nLATER:\n  x: 1\n"
                + "ENTERPRISE: 3\n", "p.yaml")).containsExactly(
                "p.yaml:2:3: STARTUP.maxHandsOn: unknown key 'maxHandsOn' (known: restoreTestMaxAgeDays,"
                        + " staleBackupFactor, keyPersonMinAreas, minTruckFactor, maxTechnologyMinutes, lateJoinStages,"
                        + " maxHandsOnPercent, minLearningPercent, minBusinessPercent, maxBusinessPercent,"
                        + " neglectedConstituentPercent, minOnTimeDeliveryRate, indicatorMaxAgeDays, indicatorTarget,"
                        + " technologyReviewMaxAgeDays, otherLeadersNeedDeputies, fullTimeCtoExpected,"
                        + " maxInternalItPercent, ceoMeetingMaxIntervalDays, businessBriefingMaxIntervalDays,"
                        + " translationSessionMaxIntervalDays, awarenessTrainingMaxIntervalDays,"
                        + " decisionRightsReviewMaxIntervalDays)",
                "p.yaml:3:3: STARTUP.maxHandsOnPercent: 160 is out of range 0..100",
                "p.yaml:4:1: LATER: unknown key 'LATER' (known: " + KNOWN_KEYS,
                "p.yaml:6:1: ENTERPRISE: a stage's section is a mapping of threshold names to values, got 3");
    }

    @Test
    void theSingleStagelessPolicyRefusesStageSections() {
        assertThat(problems("STARTUP:\n  maxHandsOnPercent: 60\n", "p.yaml")).containsExactly(
                "p.yaml:1:1: STARTUP: a section for one stage is read with the stage presets"
                        + " (PolicyReader.readStaged, as the cto command does); this policy is for profiles without a"
                        + " stage");
    }

    @Test
    void yesOrNoThresholdsReadTrueOrFalse() {
        assertThat(PolicyReader.readStaged("fullTimeCtoExpected: true\n", "p.yaml").forStage(Stage.STARTUP)
                .fullTimeCtoExpected()).isTrue();
        assertThat(stagedProblems("fullTimeCtoExpected: yes\n", "p.yaml")).containsExactly(
                "p.yaml:1:1: fullTimeCtoExpected: expected true or false, got 'yes'");
    }

    @Test
    void wrongShapesAreRefused() {
        assertThat(problems("- 1\n- 2\n", "p.yaml")).containsExactly(
                "p.yaml:1:1: a policy is a mapping of threshold names to values, got a list");
        assertThat(problems("lateJoinStages: NEVER\nminTruckFactor:\n  value: 3\nkeyPersonMinAreas:\n", "p.yaml"))
                .containsExactly(
                        "p.yaml:1:1: lateJoinStages: expected a list of " + STAGES + ", got 'NEVER'",
                        "p.yaml:2:1: minTruckFactor: expected a whole number, got an object",
                        "p.yaml:4:1: keyPersonMinAreas: expected a whole number, got null");
    }

    @Test
    void syntaxErrorsArePlaced() {
        assertThat(problems("restoreTestMaxAgeDays: [30\nminTruckFactor: 2\n", "p.yaml")).hasSize(1)
                .allSatisfy(p -> assertThat(p).startsWith("p.yaml:2:"));
        assertThat(problems("{\"minTruckFactor\": 2,}", "p.json")).containsExactly(
                "p.json:1:22: Unexpected character ('}'): was expecting double-quote to start field name");
    }

    @Test
    void jacksonsWordsNeverReachTheUser() {
        String text = """
                minTruckFactor: "3"
                lateJoinStages: [LATER, {a: 1}]
                minOnTimeDeliveryRate: [1]
                maxTechnologyMinutes: 99999999999
                """;

        assertThat(problems(text, "p.yaml")).hasSize(5).noneMatch(p -> p.contains("Cannot") || p.contains("`")
                || p.contains("Coercion") || p.contains("org.ctorole") || p.contains("java."));
    }

    @Test
    void filesAreReadLikeProfiles(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> PolicyReader.read(latin1)).problems())
                .extracting(Problem::toString).containsExactly(latin1
                        + ":1:4: not UTF-8 text: the byte 0xE9 here is not valid UTF-8; save the file as UTF-8");
        assertThat(catchThrowableOfType(UnreadableInputException.class, () -> PolicyReader.read(dir)))
                .hasMessage("cannot read '" + dir + "': it is a directory");
        assertThat(catchThrowableOfType(UnreadableInputException.class,
                () -> PolicyReader.read(dir.resolve("nowhere.yaml"))))
                .hasMessage("cannot read '" + dir.resolve("nowhere.yaml") + "': no such file");
        assertThat(PolicyReader.read(new ByteArrayInputStream("minTruckFactor: 3\n".getBytes(StandardCharsets.UTF_8)),
                "<stdin>").minTruckFactor()).isEqualTo(3);
    }

    @Test
    void aDeviceIsRefusedUnread() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");

        UnreadableInputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchThrowableOfType(UnreadableInputException.class, () -> PolicyReader.read(zero)));

        assertThat(e).hasMessage("cannot read '/dev/zero': it is not a regular file (a device, a pipe or a socket)");
    }
}
