package org.ctorole.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.rules.internal.Wording;

/**
 * Every threshold the rule pack uses, in one place; rules read them, never literals. Each is
 * described once by a {@link Threshold} (unit, range, meaning); an out-of-range value is
 * rejected with the name of the field. The role differs with the organisation's stage, so each
 * stage has a named preset ({@link #preset(Stage)}, gathered in {@link StagePolicy#presets()});
 * {@link #defaults()} are the thresholds of a scale-up, also used when a profile gives no stage.
 *
 * <pre>{@code
 * AssessmentPolicy strict = AssessmentPolicy.defaults().toBuilder().restoreTestMaxAgeDays(30).build();
 * AssessmentPolicy.preset(Stage.STARTUP).maxHandsOnPercent(); // 50.0
 * }</pre>
 *
 * @param restoreTestMaxAgeDays       untested-backup: last restore test more than this many days ago
 * @param staleBackupFactor           stale-backup: last backup older than this many schedule intervals
 * @param keyPersonMinAreas           key-person-dependency: sole expert of at least this many critical areas
 * @param minTruckFactor              low-truck-factor: a truck factor below this
 * @param maxTechnologyMinutes        translation-squeeze: technology gets at most this many minutes
 * @param lateJoinStages              strategic-exclusion: the CTO joined an initiative at one of these stages
 * @param maxHandsOnPercent           cto-in-the-weeds: more than this share of time on hands-on delivery
 * @param minLearningPercent          cto-in-the-weeds: less than this share on learning and thinking
 * @param minBusinessPercent          business-time-imbalance: business time below this
 * @param maxBusinessPercent          business-time-imbalance: business time above this
 * @param neglectedConstituentPercent neglected-constituent: a constituent gets at most this share
 * @param minOnTimeDeliveryRate       supplier-risk: a critical supplier's on-time rate below this
 * @param indicatorMaxAgeDays         stale-indicator: last reading more than this many days ago
 * @param indicatorTarget             low-indicator: latest reading below this
 * @param technologyReviewMaxAgeDays  stale-technology-review: last review more than this many days ago
 * @param otherLeadersNeedDeputies    no-deputy: whether leaders other than the CTO need a deputy
 * @param fullTimeCtoExpected         part-time-cto: whether a fractional or interim CTO falls short
 * @param maxInternalItPercent        cto-running-internal-it: more than this share of time on internal IT
 * @param ceoMeetingMaxIntervalDays   infrequent-ceo-contact: CTO and CEO meet less often than every this many days
 * @param businessBriefingMaxIntervalDays    unrelayed-business-context: briefings rarer than every this many days
 * @param translationSessionMaxIntervalDays  no-translation-practice: sessions rarer than every this many days
 * @param awarenessTrainingMaxIntervalDays   untrained-staff: training rarer than every this many days
 * @param decisionRightsReviewMaxIntervalDays unmapped-decision-rights: reviews rarer than every this many days
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AssessmentPolicy(int restoreTestMaxAgeDays, int staleBackupFactor, int keyPersonMinAreas,
                               int minTruckFactor, int maxTechnologyMinutes, Set<StrategyStage> lateJoinStages,
                               double maxHandsOnPercent, double minLearningPercent, double minBusinessPercent,
                               double maxBusinessPercent, double neglectedConstituentPercent,
                               double minOnTimeDeliveryRate, int indicatorMaxAgeDays, double indicatorTarget,
                               int technologyReviewMaxAgeDays, boolean otherLeadersNeedDeputies,
                               boolean fullTimeCtoExpected, double maxInternalItPercent, int ceoMeetingMaxIntervalDays,
                               int businessBriefingMaxIntervalDays, int translationSessionMaxIntervalDays,
                               int awarenessTrainingMaxIntervalDays, int decisionRightsReviewMaxIntervalDays) {

    /** The thresholds of a scale-up: those of the rule reference, and of a profile that gives no stage. */
    private static final AssessmentPolicy DEFAULTS = new AssessmentPolicy(90, 2, 2, 2, 15,
            EnumSet.of(StrategyStage.FEASIBILITY, StrategyStage.IMPLEMENTATION, StrategyStage.NEVER),
            30, 5, 25, 55, 0, 0.8, 90, 3.0, 365,
            true, false, 10, 7, 30, 30, 365, 365);

    // Where the role differs by stage (the reasons are in StagePolicy and the README's table):
    // a start-up CTO builds and fights fires, an enterprise CTO manages stakeholders.
    private static final AssessmentPolicy STARTUP = DEFAULTS.toBuilder()
            .maxHandsOnPercent(50).minBusinessPercent(15).maxBusinessPercent(60)
            .otherLeadersNeedDeputies(false).maxInternalItPercent(20)
            .businessBriefingMaxIntervalDays(91).translationSessionMaxIntervalDays(91).build();
    private static final AssessmentPolicy ENTERPRISE = DEFAULTS.toBuilder()
            .maxHandsOnPercent(20).minLearningPercent(10).minBusinessPercent(30)
            .fullTimeCtoExpected(true).maxInternalItPercent(5).ceoMeetingMaxIntervalDays(14)
            .awarenessTrainingMaxIntervalDays(182).build();

    public AssessmentPolicy {
        Threshold.RESTORE_TEST_MAX_AGE_DAYS.check(restoreTestMaxAgeDays);
        Threshold.STALE_BACKUP_FACTOR.check(staleBackupFactor);
        Threshold.KEY_PERSON_MIN_AREAS.check(keyPersonMinAreas);
        Threshold.MIN_TRUCK_FACTOR.check(minTruckFactor);
        Threshold.MAX_TECHNOLOGY_MINUTES.check(maxTechnologyMinutes);
        if (lateJoinStages == null) {
            throw new IllegalArgumentException("lateJoinStages: missing value");
        }
        lateJoinStages = Collections.unmodifiableSet(lateJoinStages.isEmpty()
                ? EnumSet.noneOf(StrategyStage.class) : EnumSet.copyOf(lateJoinStages));
        Threshold.MAX_HANDS_ON_PERCENT.check(maxHandsOnPercent);
        Threshold.MIN_LEARNING_PERCENT.check(minLearningPercent);
        Threshold.MIN_BUSINESS_PERCENT.check(minBusinessPercent);
        Threshold.MAX_BUSINESS_PERCENT.check(maxBusinessPercent);
        Threshold.NEGLECTED_CONSTITUENT_PERCENT.check(neglectedConstituentPercent);
        if (minBusinessPercent > maxBusinessPercent) {
            throw new IllegalArgumentException("minBusinessPercent: " + Wording.number(minBusinessPercent)
                    + " is above maxBusinessPercent " + Wording.number(maxBusinessPercent));
        }
        Threshold.MIN_ON_TIME_DELIVERY_RATE.check(minOnTimeDeliveryRate);
        Threshold.INDICATOR_MAX_AGE_DAYS.check(indicatorMaxAgeDays);
        Threshold.INDICATOR_TARGET.check(indicatorTarget);
        Threshold.TECHNOLOGY_REVIEW_MAX_AGE_DAYS.check(technologyReviewMaxAgeDays);
        Threshold.MAX_INTERNAL_IT_PERCENT.check(maxInternalItPercent);
        Threshold.CEO_MEETING_MAX_INTERVAL_DAYS.check(ceoMeetingMaxIntervalDays);
        Threshold.BUSINESS_BRIEFING_MAX_INTERVAL_DAYS.check(businessBriefingMaxIntervalDays);
        Threshold.TRANSLATION_SESSION_MAX_INTERVAL_DAYS.check(translationSessionMaxIntervalDays);
        Threshold.AWARENESS_TRAINING_MAX_INTERVAL_DAYS.check(awarenessTrainingMaxIntervalDays);
        Threshold.DECISION_RIGHTS_REVIEW_MAX_INTERVAL_DAYS.check(decisionRightsReviewMaxIntervalDays);
    }

    /** The default thresholds, those the rule reference documents: the scale-up preset. */
    public static AssessmentPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * The named preset of a stage; {@code null} (a profile without a stage) gives the defaults,
     * which are the scale-up preset.
     */
    public static AssessmentPolicy preset(Stage stage) {
        if (stage == null) {
            return DEFAULTS;
        }
        return switch (stage) {
            case STARTUP -> STARTUP;
            case SCALEUP -> DEFAULTS;
            case ENTERPRISE -> ENTERPRISE;
        };
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether the CTO joining an initiative at this stage counts as strategic exclusion. */
    public boolean isLateJoin(StrategyStage stage) {
        return lateJoinStages.contains(stage);
    }

    /** Changes a few thresholds of a policy; {@link #build()} checks the ranges. */
    public static final class Builder {
        private int restoreTestMaxAgeDays;
        private int staleBackupFactor;
        private int keyPersonMinAreas;
        private int minTruckFactor;
        private int maxTechnologyMinutes;
        private Set<StrategyStage> lateJoinStages;
        private double maxHandsOnPercent;
        private double minLearningPercent;
        private double minBusinessPercent;
        private double maxBusinessPercent;
        private double neglectedConstituentPercent;
        private double minOnTimeDeliveryRate;
        private int indicatorMaxAgeDays;
        private double indicatorTarget;
        private int technologyReviewMaxAgeDays;
        private boolean otherLeadersNeedDeputies;
        private boolean fullTimeCtoExpected;
        private double maxInternalItPercent;
        private int ceoMeetingMaxIntervalDays;
        private int businessBriefingMaxIntervalDays;
        private int translationSessionMaxIntervalDays;
        private int awarenessTrainingMaxIntervalDays;
        private int decisionRightsReviewMaxIntervalDays;

        private Builder(AssessmentPolicy p) {
            restoreTestMaxAgeDays = p.restoreTestMaxAgeDays;
            staleBackupFactor = p.staleBackupFactor;
            keyPersonMinAreas = p.keyPersonMinAreas;
            minTruckFactor = p.minTruckFactor;
            maxTechnologyMinutes = p.maxTechnologyMinutes;
            lateJoinStages = p.lateJoinStages;
            maxHandsOnPercent = p.maxHandsOnPercent;
            minLearningPercent = p.minLearningPercent;
            minBusinessPercent = p.minBusinessPercent;
            maxBusinessPercent = p.maxBusinessPercent;
            neglectedConstituentPercent = p.neglectedConstituentPercent;
            minOnTimeDeliveryRate = p.minOnTimeDeliveryRate;
            indicatorMaxAgeDays = p.indicatorMaxAgeDays;
            indicatorTarget = p.indicatorTarget;
            technologyReviewMaxAgeDays = p.technologyReviewMaxAgeDays;
            otherLeadersNeedDeputies = p.otherLeadersNeedDeputies;
            fullTimeCtoExpected = p.fullTimeCtoExpected;
            maxInternalItPercent = p.maxInternalItPercent;
            ceoMeetingMaxIntervalDays = p.ceoMeetingMaxIntervalDays;
            businessBriefingMaxIntervalDays = p.businessBriefingMaxIntervalDays;
            translationSessionMaxIntervalDays = p.translationSessionMaxIntervalDays;
            awarenessTrainingMaxIntervalDays = p.awarenessTrainingMaxIntervalDays;
            decisionRightsReviewMaxIntervalDays = p.decisionRightsReviewMaxIntervalDays;
        }

        public Builder restoreTestMaxAgeDays(int v) { restoreTestMaxAgeDays = v; return this; }
        public Builder staleBackupFactor(int v) { staleBackupFactor = v; return this; }
        public Builder keyPersonMinAreas(int v) { keyPersonMinAreas = v; return this; }
        public Builder minTruckFactor(int v) { minTruckFactor = v; return this; }
        public Builder maxTechnologyMinutes(int v) { maxTechnologyMinutes = v; return this; }
        public Builder lateJoinStages(Set<StrategyStage> v) { lateJoinStages = v; return this; }
        public Builder maxHandsOnPercent(double v) { maxHandsOnPercent = v; return this; }
        public Builder minLearningPercent(double v) { minLearningPercent = v; return this; }
        public Builder minBusinessPercent(double v) { minBusinessPercent = v; return this; }
        public Builder maxBusinessPercent(double v) { maxBusinessPercent = v; return this; }
        public Builder neglectedConstituentPercent(double v) { neglectedConstituentPercent = v; return this; }
        public Builder minOnTimeDeliveryRate(double v) { minOnTimeDeliveryRate = v; return this; }
        public Builder indicatorMaxAgeDays(int v) { indicatorMaxAgeDays = v; return this; }
        public Builder indicatorTarget(double v) { indicatorTarget = v; return this; }
        public Builder technologyReviewMaxAgeDays(int v) { technologyReviewMaxAgeDays = v; return this; }
        public Builder otherLeadersNeedDeputies(boolean v) { otherLeadersNeedDeputies = v; return this; }
        public Builder fullTimeCtoExpected(boolean v) { fullTimeCtoExpected = v; return this; }
        public Builder maxInternalItPercent(double v) { maxInternalItPercent = v; return this; }
        public Builder ceoMeetingMaxIntervalDays(int v) { ceoMeetingMaxIntervalDays = v; return this; }
        public Builder businessBriefingMaxIntervalDays(int v) { businessBriefingMaxIntervalDays = v; return this; }
        public Builder translationSessionMaxIntervalDays(int v) { translationSessionMaxIntervalDays = v; return this; }
        public Builder awarenessTrainingMaxIntervalDays(int v) { awarenessTrainingMaxIntervalDays = v; return this; }
        public Builder decisionRightsReviewMaxIntervalDays(int v) { decisionRightsReviewMaxIntervalDays = v; return this; }

        public AssessmentPolicy build() {
            return new AssessmentPolicy(restoreTestMaxAgeDays, staleBackupFactor, keyPersonMinAreas, minTruckFactor,
                    maxTechnologyMinutes, lateJoinStages, maxHandsOnPercent, minLearningPercent, minBusinessPercent,
                    maxBusinessPercent, neglectedConstituentPercent, minOnTimeDeliveryRate, indicatorMaxAgeDays,
                    indicatorTarget, technologyReviewMaxAgeDays, otherLeadersNeedDeputies, fullTimeCtoExpected,
                    maxInternalItPercent, ceoMeetingMaxIntervalDays, businessBriefingMaxIntervalDays,
                    translationSessionMaxIntervalDays, awarenessTrainingMaxIntervalDays,
                    decisionRightsReviewMaxIntervalDays);
        }
    }
}
