package org.ctorole.model.catalogue;

import org.apiguardian.api.API;

/**
 * The five parts of the company the CTO serves ("What is a the mission of a CTO" §4).
 *
 * <pre>{@code Constituent.MARKETING.isBusiness() // true: part of the 40 % business time}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Constituent implements CatalogueEntry {
    CEO_STRATEGY(
            "CEO and strategy",
            "The chief executive and the executives around them, finance and operations included,"
                    + " who set the company's course. The CTO serves them by scanning ahead for"
                    + " technical shifts, advising on long-range technical choices, laying out"
                    + " alternatives for them to choose between and offering an impartial second"
                    + " opinion.",
            "§4.1 CEO/Strategy", false),
    ENGINEERING_PRODUCT(
            "Engineering and product",
            "The engineering and product organisation, run by its own vice presidents. The CTO leaves"
                    + " daily delivery to them but steers the overall direction, weighs in on large"
                    + " technical bets, helps hire and keep people, settles technical disputes and"
                    + " acts as chief architect across the product range.",
            "§4.2 Engineering/Product", false),
    SALES(
            "Sales",
            "The sales organisation and the customers it looks after. The CTO helps meet what those"
                    + " customers need, builds ties with technical counterparts at key accounts and"
                    + " joins customer meetings to explain where the technology is going, which makes"
                    + " customers more likely to stay.",
            "§4.3 Sales", true),
    BUSINESS_DEVELOPMENT(
            "Business development and partnerships",
            "The team that handles partners, alliances and acquisitions. The CTO backs important"
                    + " partner engagements, vets the technology of partners and takeover candidates,"
                    + " watches the start-ups in the same market, speaks for the company in joint"
                    + " technical bodies and forecasts how partners and competitors may change the"
                    + " roadmap.",
            "§4.4 Business Development and Partnerships", true),
    MARKETING(
            "Marketing",
            "The marketing function, including evangelism and analyst relations. The CTO is the"
                    + " public voice of the company's technology: speaking at events and to the press,"
                    + " keeping in touch with chosen industry analysts, helping grow a community of"
                    + " users and publishing through social media, blogs and papers.",
            "§4.5 Marketing", true);

    private final String title;
    private final String summary;
    private final Source source;
    private final boolean business;

    Constituent(String title, String summary, String section, boolean business) {
        this.title = title;
        this.summary = summary;
        this.source = Article.MISSION_OF_A_CTO.at(section);
        this.business = business;
    }

    /** Whether time spent here counts as business time ("What is a the mission of a CTO" §3.1), not technical time. */
    public boolean isBusiness() {
        return business;
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
