package org.ctorole.model.catalogue;

import org.apiguardian.api.API;

/**
 * The people skills a CTO needs beyond technical depth ("What is a Chief Technology Officer?",
 * CTO Academy), in the order the article brings them up. A profile cannot observe a skill; the
 * catalogue names them so that reports and advice can.
 *
 * <pre>{@code RoleCatalogue.standard().entry("DELEGATION") // Optional[DELEGATION]}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Skill implements CatalogueEntry {
    EMPATHY(
            "Empathy",
            "Understanding how a situation looks to the people on the other side of it: the team,"
                    + " fellow executives, customers. The leaders the article's authors interview call"
                    + " it essential for anyone moving from technical work into leadership.",
            "Key new skills?"),
    EMOTIONAL_INTELLIGENCE(
            "Emotional intelligence",
            "Noticing and handling emotions, one's own and other people's, which matters more once"
                    + " most of the work is leading people rather than building software.",
            "Key new skills?"),
    CONTINUOUS_REASONING(
            "Continuous reasoning",
            "Thinking problems through and revisiting conclusions as the facts change, instead of"
                    + " settling on the first technical answer.",
            "Key new skills?"),
    COACHING(
            "Coaching",
            "Helping people find their own way forward by asking and guiding rather than by telling"
                    + " them what to do.",
            "Key new skills?"),
    PEOPLE_MANAGEMENT(
            "People management",
            "Treating the team's people problems as the leader's own to solve, not as someone else's"
                    + " business.",
            "Key new skills?"),
    COMMUNICATION(
            "Communication",
            "Making technical matters clear and exact for people who are not technologists, from the"
                    + " CEO and fellow executives to customers and investors. Poor communication is a"
                    + " common reason a tech leader has less effect than they hoped for.",
            "Key new skills?"),
    OPEN_MINDEDNESS(
            "Open-mindedness",
            "Staying curious about new ideas and technologies, not tying oneself to one stack, and"
                    + " listening to what the team has to say about where the market is going.",
            "What are the common traits of a successful CTO?"),
    DELEGATION(
            "Delegation",
            "Passing work to the team, which helps it grow and frees the CTO to read, learn and"
                    + " spend the week on what matters most (strategy, the team, the technical plan)"
                    + " rather than on details they may know better and enjoy more.",
            "What are the common traits of a successful CTO?"),
    TIME_MANAGEMENT(
            "Time management",
            "Protecting time for thinking and research in a day full of interruptions, and leaving"
                    + " slack in the schedule to absorb surprises from the CEO, customers or"
                    + " operations.",
            "How would you describe an average day in the life of a Chief Technology Officer?"),
    LEADERSHIP_DEVELOPMENT(
            "Developing oneself as a leader",
            "Keeping on learning the craft of leading and managing, through courses, reading or a"
                    + " coach of one's own, as deliberately as one keeps up with technology.",
            "What's Around The Corner?");

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
