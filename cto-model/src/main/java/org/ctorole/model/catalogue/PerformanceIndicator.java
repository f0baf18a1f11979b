package org.ctorole.model.catalogue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The three qualitative indicators of CTO performance ("What is a the mission of a CTO" §2), each
 * scored on a 1..5 scale with 3.0 as the target. The article asks for them to be judged all the
 * time, so a reading older than {@link #staleAfterDays()} days no longer counts as current. Who
 * gives each reading ({@link #ratedBy()}) and the pillar whose practices raise it ({@link #pillar()})
 * are this project's additions.
 *
 * <pre>{@code PerformanceIndicator.EMPLOYEE_SATISFACTION.isStale(measuredOn, LocalDate.now())}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PerformanceIndicator implements CatalogueEntry {
    TECH_STRATEGY_ALIGNMENT(
            "Tech strategy alignment",
            "How well the technical strategy supports the business strategy and the business model."
                    + " A technical plan that fits and pushes the company forward scores high; one"
                    + " that pulls in another direction shows the CTO falling short.",
            "§2.1 Tech Strategy Alignment", MissionAxis.TECHNICAL_STRATEGY,
            "the CEO and the executive team", IntegrationPillar.STRATEGIC_CO_CREATION),
    ENGINEERING_CULTURE_HEALTH(
            "Health of the engineering culture",
            "Whether the CTO helps attract and keep strong engineers by fostering an inventive,"
                    + " welcoming workplace and giving them a clear technical vision, and whether the"
                    + " VP of Engineering values what the CTO contributes.",
            // Engineers get their vision from the business context the CTO passes on to them.
            "§2.2 Health of Engineering Culture", MissionAxis.ENGINEERING_CULTURE,
            "the engineers (in a short survey) and the VP of Engineering", IntegrationPillar.INFORMATION_ALIGNMENT),
    // Other departments judging the CTO's help is the internal side of the evangelist axis:
    // being a trusted adviser whose input people rely on (§1.2); explaining well is what they rate.
    EMPLOYEE_SATISFACTION(
            "Employee satisfaction",
            "How the other departments, which turn to the CTO on technology questions and"
                    + " initiatives, rate the usefulness of the CTO's input and support.",
            "§2.3 Employees' Satisfaction", MissionAxis.TECHNICAL_EVANGELISM,
            "the heads of the other departments", IntegrationPillar.TRANSLATION_EXCELLENCE);

    private static final double SCALE_MIN = 1.0;
    private static final double SCALE_MAX = 5.0;
    private static final double TARGET = 3.0;
    private static final int STALE_AFTER_DAYS = 90;

    private final String title;
    private final String summary;
    private final Source source;
    private final MissionAxis axis;
    private final String ratedBy;
    private final IntegrationPillar pillar;

    PerformanceIndicator(String title, String summary, String section, MissionAxis axis, String ratedBy,
                         IntegrationPillar pillar) {
        this.title = title;
        this.summary = summary;
        this.source = Article.MISSION_OF_A_CTO.at(section);
        this.axis = axis;
        this.ratedBy = ratedBy;
        this.pillar = pillar;
    }

    /** Who gives a reading, in words: {@code "the heads of the other departments"}. */
    public String ratedBy() {
        return ratedBy;
    }

    /** The integration pillar whose practices most directly raise this indicator. */
    public IntegrationPillar pillar() {
        return pillar;
    }

    /** The lowest score on the scale. */
    public double scaleMin() {
        return SCALE_MIN;
    }

    /** The highest score on the scale. */
    public double scaleMax() {
        return SCALE_MAX;
    }

    /** The score a healthy organisation should reach or exceed. */
    public double target() {
        return TARGET;
    }

    /** How many days a reading stays current; an older reading is stale. */
    public int staleAfterDays() {
        return STALE_AFTER_DAYS;
    }

    /** The mission axis this indicator measures. */
    public MissionAxis axis() {
        return axis;
    }

    /** Whether a value lies on this indicator's scale, bounds included. */
    public boolean isOnScale(double value) {
        return value >= SCALE_MIN && value <= SCALE_MAX;
    }

    /** Whether a reading taken on {@code measuredOn} is older than the limit on {@code asOf}. */
    public boolean isStale(LocalDate measuredOn, LocalDate asOf) {
        Objects.requireNonNull(measuredOn, "measuredOn");
        Objects.requireNonNull(asOf, "asOf");
        return ChronoUnit.DAYS.between(measuredOn, asOf) > STALE_AFTER_DAYS;
    }

    @Override
    public String id() {
        return name();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public Source source() {
        return source;
    }
}
