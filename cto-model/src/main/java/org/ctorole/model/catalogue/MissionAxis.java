package org.ctorole.model.catalogue;

import org.apiguardian.api.API;

/**
 * The three axes of the CTO mission ("What is a the mission of a CTO" §1). Scores roll up from areas to these axes.
 *
 * <pre>{@code RoleCatalogue.standard().areasOf(MissionAxis.ENGINEERING_CULTURE)}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum MissionAxis implements CatalogueEntry {
    TECHNICAL_STRATEGY(
            "Custodian of the long-term technical strategy",
            "The CTO owns where the company is heading technically over the long run: shaping that"
                    + " direction, explaining it and revising it as conditions shift. That means"
                    + " choosing technology that keeps the company able to compete, and weighing"
                    + " commercial needs against technical possibilities so that a single coherent"
                    + " strategy and vision serves the whole organisation.",
            "§1.1 Fiduciary for Long-Term Technical Strategy"),
    TECHNICAL_EVANGELISM(
            "Technical evangelist",
            "The CTO carries the company's long-range vision to people inside and outside it. Inside,"
                    + " the job is winning the staff's commitment to where the company is going;"
                    + " outside, it is being an adviser whom customers, partners and the wider"
                    + " professional community find credible and come to rely on.",
            "§1.2 Technical Evangelist"),
    ENGINEERING_CULTURE(
            "Leader and keeper of the engineering culture",
            "The CTO gives engineers a shared purpose around the company's long-range technical"
                    + " goals, helps spot and attract strong newcomers, and shapes a technical culture"
                    + " good enough that the best people want to join and choose to stay.",
            "§1.3 Spiritual Leader for the engineers and maintainer of the technical culture");

    private final String title;
    private final String summary;
    private final Source source;

    MissionAxis(String title, String summary, String section) {
        this.title = title;
        this.summary = summary;
        this.source = Article.MISSION_OF_A_CTO.at(section);
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
