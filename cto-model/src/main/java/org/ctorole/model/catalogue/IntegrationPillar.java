package org.ctorole.model.catalogue;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The four pillars of integrating technology leadership into the executive team (seed 004,
 * "Pillar one" to "Pillar four"), each contrasting the usual approach with the integrated one
 * and listing the practices that put it in place.
 *
 * <pre>{@code IntegrationPillar.OUTCOME_ACCOUNTABILITY.practices().size() // 4}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum IntegrationPillar implements CatalogueEntry {
    STRATEGIC_CO_CREATION(
            "Strategic co-creation",
            "Technology leaders help write the strategy from the first draft instead of being asked"
                    + " afterwards whether it can be built. Involved early, they can let technical"
                    + " opportunities shape the plan, where otherwise technology only limits it.",
            "Pillar one: Strategic co-creation",
            "Technology leaders are brought in only to confirm that an already decided strategy is"
                    + " feasible.",
            "Technology leaders take part in developing the strategy from the outset.",
            List.of(
                    "Include the CTO in the regular quarterly business reviews, not only in"
                            + " technology reviews.",
                    "Hold technology executives to the same level of accountability as their"
                            + " executive peers.")),
    OUTCOME_ACCOUNTABILITY(
            "Outcome-based accountability",
            "The success of technology leadership is defined and measured by the business results it"
                    + " produces rather than by features shipped, which turns technology leaders"
                    + " towards impact and makes translating their work for the business largely"
                    + " unnecessary.",
            "Pillar two: Accountability based on outcomes",
            "Technology leaders are held to deliverables and schedules.",
            "Technology leaders are judged by the business performance their work creates.",
            List.of(
                    "Replace project status meetings with reviews of the outcomes achieved.",
                    "Tie the technology leader's pay to business metrics, not to technical ones"
                            + " alone.",
                    "Publish shared dashboards showing the business effect of technology"
                            + " programmes.",
                    "Ask for updated business cases rather than project progress reports alone.")),
    // The seed states no traditional approach for this pillar; ours is the opposite of its
    // integrated one, matching the seed's point that business functions alone get the intelligence.
    INFORMATION_ALIGNMENT(
            "Information architecture alignment",
            "Technology leaders work from the same strategic picture as business leaders. Anticipating"
                    + " business change depends on having the information, so the design of the"
                    + " organisation must cover how information and decision rights flow, not only who"
                    + " reports to whom.",
            "Pillar three: Information architecture alignment",
            "Technology leaders see customer, market and competitive information only second-hand,"
                    + " after business functions have kept it to themselves or filtered it.",
            "Technology leaders share the strategic context that business leaders work from.",
            List.of(
                    "Give technology leaders seats on customer advisory boards and in reviews of"
                            + " market research.",
                    "Circulate market and competitor analysis to the whole"
                            + " executive team, not only to the business functions.")),
    TRANSLATION_EXCELLENCE(
            "Translation excellence",
            "Moving ideas between business and technology is treated as a skill to develop"
                    + " deliberately and in both directions: technology leaders learn to make complex"
                    + " matters clear, and business leaders learn to ask questions that draw out"
                    + " technical insight.",
            "Pillar four: Translation excellence",
            "The organisation hopes its technology leaders happen to be good translators and does"
                    + " nothing to develop the skill.",
            "Translation skill is built systematically, for technology and business leaders"
                    + " alike.",
            List.of(
                    "Hold monthly workshops where technology leaders practise explaining complex"
                            + " topics to varied audiences.",
                    "Coach business leaders to ask about trade-offs instead of only asking whether"
                            + " something can be done.",
                    "Build a baseline of technology literacy among non-technical executives.",
                    "Reward and recognise technology leaders who help others in the company"
                            + " learn."));

    private final String title;
    private final String summary;
    private final Source source;
    private final String traditionalApproach;
    private final String integratedApproach;
    private final List<String> practices;

    IntegrationPillar(String title, String summary, String section, String traditionalApproach,
            String integratedApproach, List<String> practices) {
        this.title = title;
        this.summary = summary;
        this.source = Article.TECH_LEADERS_LIKE_CEOS.at(section);
        this.traditionalApproach = traditionalApproach;
        this.integratedApproach = integratedApproach;
        this.practices = List.copyOf(practices);
    }

    /** The actions that put this pillar in place, in the seed's order. */
    public List<String> practices() {
        return practices;
    }

    /** How organisations usually handle this concern. */
    public String traditionalApproach() {
        return traditionalApproach;
    }

    /** How an organisation that integrates its technology leaders handles it. */
    public String integratedApproach() {
        return integratedApproach;
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
