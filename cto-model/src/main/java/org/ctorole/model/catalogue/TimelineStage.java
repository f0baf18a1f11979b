package org.ctorole.model.catalogue;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The stages of the integration timeline (seed 004, the table under "Ready to ramp up?"), each
 * starting a number of days after the programme begins.
 *
 * <pre>{@code TimelineStage.MONTH_2.pillar() // Optional[OUTCOME_ACCOUNTABILITY]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TimelineStage implements CatalogueEntry {
    WEEK_1(0, null,
            "Week one: map the integration points",
            "Take stock of where the CTO is involved in setting strategy and where they are left"
                    + " out, and write down how information travels and who holds which decisions.",
            List.of(
                    "Map the points at which the CTO takes part in strategy work.",
                    "Note where the CTO is left out of strategy work.",
                    "Document how information flows and who holds which decision rights."),
            "A clear view of the gaps that exist today."),
    MONTH_1(30, IntegrationPillar.STRATEGIC_CO_CREATION,
            "Month one: rework the leadership meetings",
            "Change how leadership meetings are run so that technology leaders help form strategy"
                    + " instead of only planning its delivery, and set up forums where business and"
                    + " technology can talk in depth.",
            List.of(
                    "Redesign the rhythm and format of leadership meetings.",
                    "Bring technology leaders into making strategy, not just into planning how to"
                            + " carry it out.",
                    "Create forums for substantive conversation between business and"
                            + " technology."),
            "Better strategic alignment."),
    MONTH_2(60, IntegrationPillar.OUTCOME_ACCOUNTABILITY,
            "Month two: introduce outcome accountability",
            "Start holding technology leaders to outcomes: stop counting deliverables, measure"
                    + " business impact instead, and tie their measures of success to business"
                    + " results.",
            List.of(
                    "Introduce accountability for outcomes.",
                    "Replace tracking of deliverables with measurement of business impact.",
                    "Tie how technology leaders' success is measured to business results."),
            "Metrics centred on the business."),
    MONTH_3(90, IntegrationPillar.TRANSLATION_EXCELLENCE,
            "Month three: build translation competence",
            "Begin developing translation skills with structured programmes for communication in"
                    + " both directions, from business to technology and back.",
            List.of(
                    "Start developing translation competence.",
                    "Set up structured programmes for communication from business to technology"
                            + " and from technology to business."),
            "Stronger communication skills."),
    MONTH_6(180, null,
            "Month six: measure integration velocity",
            "Check how quickly the integration is working in both directions: how fast business"
                    + " insight reaches technology decisions, and how fast technical possibilities"
                    + " shape business strategy.",
            List.of(
                    "Measure how quickly business insight feeds into technology decisions.",
                    "Measure how quickly technical possibilities influence business strategy."),
            "Integration success that can be measured.");

    private final int startsAfterDays;
    private final IntegrationPillar pillar;
    private final String title;
    private final String summary;
    private final List<String> actions;
    private final String expectedOutcome;
    private final Source source;

    TimelineStage(int startsAfterDays, IntegrationPillar pillar, String title, String summary,
            List<String> actions, String expectedOutcome) {
        this.startsAfterDays = startsAfterDays;
        this.pillar = pillar;
        this.title = title;
        this.summary = summary;
        this.actions = List.copyOf(actions);
        this.expectedOutcome = expectedOutcome;
        this.source = Article.TECH_LEADERS_LIKE_CEOS.at("Ready to ramp up? (timeline table)");
    }

    /** Days after the start of the programme when this stage begins. */
    public int startsAfterDays() {
        return startsAfterDays;
    }

    /** The action items of the stage, in the seed's order. */
    public List<String> actions() {
        return actions;
    }

    /** What the stage should achieve. */
    public String expectedOutcome() {
        return expectedOutcome;
    }

    /** The integration pillar this stage puts in place, if it is about a single one. */
    public Optional<IntegrationPillar> pillar() {
        return Optional.ofNullable(pillar);
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
