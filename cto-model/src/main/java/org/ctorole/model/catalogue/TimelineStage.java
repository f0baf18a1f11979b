package org.ctorole.model.catalogue;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The stages of the integration timeline (the table under "Ready to ramp up?" in "Building tech
 * leaders who think like CEOs (and deliver like operators)"), each starting a number of days after
 * the programme begins. Titles, actions and outcomes are this project's wording of the table's rows.
 *
 * <pre>{@code TimelineStage.MONTH_2.pillar() // Optional[OUTCOME_ACCOUNTABILITY]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum TimelineStage implements CatalogueEntry {
    WEEK_1(0, null, "week one",
            "Week one: map where technology takes part",
            "Find out at which points of strategy work the CTO is involved and where not, and write"
                    + " down how information reaches technology and who holds which decisions.",
            List.of(
                    "List the strategy work of the last year and whether the CTO helped shape each"
                            + " piece.",
                    "Name the forums and decisions the CTO is kept out of.",
                    "Write down the decision rights and the information flows between business and"
                            + " technology."),
            "Everyone can see where technology is left out today."),
    MONTH_1(30, IntegrationPillar.STRATEGIC_CO_CREATION, "month one",
            "Month one: change how the leadership team meets",
            "Give technology leaders a part in making strategy, not only in planning its delivery,"
                    + " and create places where business and technology can talk at length.",
            List.of(
                    "Change the agenda and the rhythm of leadership meetings.",
                    "Involve technology leaders while strategy is being made, not once it is being"
                            + " planned.",
                    "Set up forums where business and technology work through trade-offs in depth."),
            "Strategy and technology pull in the same direction."),
    MONTH_2(60, IntegrationPillar.OUTCOME_ACCOUNTABILITY, "month two",
            "Month two: judge technology by its outcomes",
            "Stop counting what technology delivered and start asking what it did for the business,"
                    + " and redefine what success means for technology leaders in those terms.",
            List.of(
                    "Make technology leaders answerable for results, not for output.",
                    "Report what each programme changed for the business instead of which items it"
                            + " completed.",
                    "Define technology leaders' success by the results the business wants."),
            "Measures the business recognises as its own."),
    MONTH_3(90, IntegrationPillar.TRANSLATION_EXCELLENCE, "month three",
            "Month three: build translation skills",
            "Start structured programmes that help business people understand technology and help"
                    + " technology people explain it.",
            List.of(
                    "Set up a programme that teaches business leaders about technology.",
                    "Set up a programme that trains technology leaders to explain their work to the"
                            + " business."),
            "People on each side understand the other better."),
    MONTH_6(180, null, "month six",
            "Month six: measure how fast integration works",
            "Time how long business insight takes to change a technology decision, and how long a"
                    + " technical possibility takes to change business strategy.",
            List.of(
                    "Time how long business insight takes to reach technology decisions.",
                    "Time how long technical possibilities take to reach business strategy."),
            "Progress on integration that can be measured.");

    private final int startsAfterDays;
    private final IntegrationPillar pillar;
    private final String title;
    private final String summary;
    private final List<String> actions;
    private final String expectedOutcome;
    private final Source source;

    TimelineStage(int startsAfterDays, IntegrationPillar pillar, String row, String title, String summary,
            List<String> actions, String expectedOutcome) {
        this.startsAfterDays = startsAfterDays;
        this.pillar = pillar;
        this.title = title;
        this.summary = summary;
        this.actions = List.copyOf(actions);
        this.expectedOutcome = expectedOutcome;
        this.source = Article.TECH_LEADERS_LIKE_CEOS.at("Ready to ramp up?, timeline, " + row);
    }

    /** Days after the start of the programme when this stage begins. */
    public int startsAfterDays() {
        return startsAfterDays;
    }

    /** The action items of the stage, in the order of the table's row. */
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
