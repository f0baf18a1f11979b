package org.ctorole.model.catalogue;

import org.apiguardian.api.API;

/**
 * The people skills a CTO needs beyond technical depth (seed 000).
 *
 * <pre>{@code RoleCatalogue.standard().entry("DELEGATION") // Optional[DELEGATION]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Skill implements CatalogueEntry {
    EMPATHY(
            "Empathy",
            "Seeing a situation the way colleagues, team members and customers see it. The tech"
                    + " leaders interviewed for the source rank it first among the softer skills"
                    + " that the move into leadership demands.",
            "Key new skills?"),
    EMOTIONAL_INTELLIGENCE(
            "Emotional intelligence",
            "Recognising and handling one's own emotions and other people's, which becomes"
                    + " essential once the job is mostly about leading people rather than writing"
                    + " code.",
            "Key new skills?"),
    COMMUNICATION(
            "Communication",
            "Explaining technical matters clearly and precisely to people who are not"
                    + " technologists: colleagues, investors, customers and the CEO. Weak"
                    + " communication is a frequent reason tech leaders fall short of the impact they"
                    + " aim for.",
            "Key new skills?"),
    DELEGATION(
            "Delegation",
            "Handing work to the team so that it grows, and so that the CTO gains room for"
                    + " reading, study and the high-value work of strategy, team building and"
                    + " technical planning instead of hands-on detail.",
            "What are the common traits of a successful CTO?"),
    COACHING(
            "Coaching",
            "Developing people through a coaching mindset, guiding rather than directing them, and"
                    + " investing in one's own growth as a leader as well.",
            "Key new skills?"),
    TIME_MANAGEMENT(
            "Time management",
            "Protecting time for thinking and research in a day full of interruptions, and leaving"
                    + " slack in the schedule to absorb surprises from the CEO, customers or"
                    + " operations.",
            "How would you describe an average day in the life of a Chief Technology Officer?");

    private final String title;
    private final String summary;
    private final Source source;

    Skill(String title, String summary, String section) {
        this.title = title;
        this.summary = summary;
        this.source = Article.WHAT_IS_A_CTO.at(section);
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
