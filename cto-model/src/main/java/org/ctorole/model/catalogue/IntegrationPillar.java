package org.ctorole.model.catalogue;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The four pillars of integrating technology leadership into the executive team ("Building tech
 * leaders who think like CEOs (and deliver like operators)", "Pillar one" to "Pillar four"), each
 * contrasting the usual approach with the integrated one and listing practices that put it in
 * place. Summaries and practices are this project's wording of the article's points.
 *
 * <pre>{@code IntegrationPillar.OUTCOME_ACCOUNTABILITY.practices().size() // 4}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum IntegrationPillar implements CatalogueEntry {
    STRATEGIC_CO_CREATION(
            "Strategic co-creation",
            "Technology leaders are co-authors of the strategy, not its reviewers. Present from the"
                    + " first draft, they can point to what technology makes possible and change the plan"
                    + " with it; called in at the end, they can only report what the plan cannot do.",
            "Pillar one: Strategic co-creation",
            "The plan is settled first; technology is then asked whether it can be built.",
            "Technology leaders sit at the table while goals and options are still open.",
            List.of(
                    "Put the CTO on the agenda of the quarterly reviews where the business is judged,"
                            + " rather than in a separate review of technology.",
                    "Judge technology executives by the same yardstick, and with the same"
                            + " accountability, as their peers.")),
    OUTCOME_ACCOUNTABILITY(
            "Outcome-based accountability",
            "Technology leadership is judged by what its work does for the business, not by how much"
                    + " it ships. Judged that way, technology leaders look for impact of their own"
                    + " accord, and much of the work of explaining technology to the business falls away.",
            "Pillar two: Accountability based on outcomes",
            "Technology leaders answer for delivering what was asked, on time.",
            "Technology leaders answer for the business results their work makes possible.",
            List.of(
                    "Turn recurring status meetings into reviews of what changed for the business.",
                    "Base part of the technology leader's pay on business measures as well as"
                            + " technical ones.",
                    "Keep one dashboard, seen by every executive, of what each technology programme"
                            + " does for the business.",
                    "Ask for the business case to be brought up to date, not only for a progress"
                            + " report.")),
    // The article states no usual approach for this pillar; ours is the opposite of its integrated
    // one, matching its point that business functions alone get the competitive intelligence.
    INFORMATION_ALIGNMENT(
            "Information architecture alignment",
            "Technology leaders see what business leaders see: customers, markets, competitors. An"
                    + " organisation is shaped as much by who gets which information and who may decide"
                    + " what as by its reporting lines, and anticipating change depends on that"
                    + " information arriving.",
            "Pillar three: Information architecture alignment",
            "Customer, market and competitor information reaches technology leaders late, filtered by"
                    + " the business functions that hold it.",
            "Technology leaders get the same customer, market and competitor information as other"
                    + " executives, at the same time.",
            List.of(
                    "Seat technology leaders on customer advisory boards and in reviews of market"
                            + " studies.",
                    "Send competitor and industry analysis to every executive, not to the business"
                            + " functions alone.")),
    TRANSLATION_EXCELLENCE(
            "Translation excellence",
            "Moving ideas between business and technology is a skill the organisation builds on"
                    + " purpose, on both sides: technology leaders learn to make hard things plain, and"
                    + " business leaders learn to ask the questions that bring out technical insight.",
            "Pillar four: Translation excellence",
            "The organisation hopes its technology leaders happen to explain well and does nothing to"
                    + " develop the skill.",
            "Explaining and questioning across the business-technology divide are trained, for both"
                    + " sides.",
            List.of(
                    "Hold a session every month in which technology leaders practise explaining a hard"
                            + " subject to listeners from outside their field.",
                    "Teach business leaders to ask what a choice costs and gains, not only whether it"
                            + " is feasible.",
                    "Give non-technical executives a grounding in technology.",
                    "Recognise and reward technology leaders who help colleagues elsewhere in the"
                            + " company learn."));

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

    /** The actions that put this pillar in place, in the order the article lists them. */
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
