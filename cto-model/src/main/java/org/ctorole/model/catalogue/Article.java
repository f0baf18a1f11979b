package org.ctorole.model.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The published works the catalogue and the rule pack draw on, cited so that a reader can find
 * them: title, author or publisher where the work names one, year where it gives one, and the
 * headings a citation may point to.
 *
 * <pre>{@code
 * Source s = Article.MISSION_OF_A_CTO.at("§3 CTO's time management");
 * s.toString(); // "What is a the mission of a CTO" (blog post, 2016), §3 CTO's time management
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Article {
    /**
     * The role overview published by CTO Academy (no author or date given): the nine
     * responsibilities, a CTO's day, the CEO relationship, the issues that reach the desk, the skills.
     */
    WHAT_IS_A_CTO("what-is-a-cto", "What is a Chief Technology Officer?", null, "CTO Academy", null,
            List.of("What is a Chief Technology Officer?", "9 Key Responsibilities of the CTO",
                    "What is a Chief Technology Officer anyway?", "Key new skills?",
                    "What are the common traits of a successful CTO?",
                    "How would you describe an average day in the life of a Chief Technology Officer?",
                    "What is the relationship like between CEO & CTO?",
                    "What are some of the key issues that cross a Chief Technology Officer's radar?",
                    "What's Around The Corner?", "Don't Talk To Me About Missed Deadlines",
                    "Definitely Don't Talk To Me About Sales Team Deadlines", "Over Reliance On Individuals",
                    "Ultimately ...")),
    /** The mission: three axes, three indicators, the 40/60 time split, the duties owed to each constituent. */
    MISSION_OF_A_CTO("mission-of-a-cto", "What is a the mission of a CTO", null, "blog post", 2016,
            List.of("§1 What is the CTO Mission?", "§1.1 Fiduciary for Long-Term Technical Strategy",
                    "§1.2 Technical Evangelist",
                    "§1.3 Spiritual Leader for the engineers and maintainer of the technical culture",
                    "§2 How to measure the CTO performance?", "§2.1 Tech Strategy Alignment",
                    "§2.2 Health of Engineering Culture", "§2.3 Employees' Satisfaction",
                    "§3 CTO's time management", "§3.1 Business: 40% of time", "§3.2 Technical: 60% of time",
                    "§4 What are the CTO's specific responsibilities for each organization within the company?",
                    "§4.1 CEO/Strategy", "§4.2 Engineering/Product", "§4.3 Sales",
                    "§4.4 Business Development and Partnerships", "§4.5 Marketing")),
    /** The evolving role, and what a fractional CTO brings to a growing business. */
    WHAT_DOES_A_CTO_DO("what-does-a-cto-do", "What Does a CTO Really Do? Examining the Evolving Role",
            "Django Beatty", "Fluxus", null,
            List.of("What Does a CTO Do?", "Introduction", "Key CTO Responsibilities", "1. Aligning Technology with Business Strategy",
                    "2. Bridging the Gap Between Technology and Other Business Functions",
                    "3. Driving Innovation and Maintaining Competitive Edge", "4. Providing Strong Leadership",
                    "How a Fractional CTO Adds Value to Growing Businesses")),
    /**
     * Integrating technology leadership (no author or date given): the exclusion and translation
     * issues, four pillars, a six-month timeline (the table under "Ready to ramp up?", cited as
     * {@code Ready to ramp up?, timeline, week one}).
     */
    TECH_LEADERS_LIKE_CEOS("tech-leaders-like-ceos",
            "Building tech leaders who think like CEOs (and deliver like operators)", null, null, null,
            List.of("Introduction", "The architecture of failure", "The strategic exclusion issue",
                    "The translation issue", "Four postulates of technology leadership integration",
                    "Pillar one: Strategic co-creation", "Pillar two: Accountability based on outcomes",
                    "Pillar three: Information architecture alignment", "Pillar four: Translation excellence",
                    "Faster business Better leadership provides", "The competitive fact", "Ready to ramp up?")),
    /**
     * The truck-factor paper. Only its abstract (the definition of the truck factor and the
     * automated estimate) is cited: that is the part of the paper this project has checked.
     */
    AVELINO_2016("avelino-2016", "A novel approach for estimating truck factors",
            "Guilherme Avelino, Leonardo Passos, Andre Hora and Marco Tulio Valente",
            "24th IEEE International Conference on Program Comprehension (ICPC)", 2016,
            List.of("Abstract"));

    private final String key;
    private final String title;
    private final String author;
    private final String publisher;
    private final Integer year;
    private final List<String> headings;

    Article(String key, String title, String author, String publisher, Integer year, List<String> headings) {
        this.key = key;
        this.title = title;
        this.author = author;
        this.publisher = publisher;
        this.year = year;
        this.headings = headings;
    }

    /** A short stable key, used to cite the article from rule metadata: {@code mission-of-a-cto}. */
    public String key() {
        return key;
    }

    /** The title as published. */
    public String title() {
        return title;
    }

    /** The author, where the work names one. */
    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    /** The publisher or venue, where known. */
    public Optional<String> publisher() {
        return Optional.ofNullable(publisher);
    }

    /** The year of publication, where the work gives it. */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** The headings of the work a citation may name, in the order they appear. */
    public List<String> headings() {
        return headings;
    }

    /**
     * How a reader finds the work: the title in quotes, then the author, publisher and year that
     * are known, e.g. {@code "What Does a CTO Really Do? ..." by Django Beatty (Fluxus)}.
     */
    public String citation() {
        StringBuilder s = new StringBuilder("\u201c").append(title).append('\u201d');
        if (author != null) {
            s.append(" by ").append(author);
        }
        List<String> details = new java.util.ArrayList<>();
        if (publisher != null) {
            details.add(publisher);
        }
        if (year != null) {
            details.add(year.toString());
        }
        if (!details.isEmpty()) {
            s.append(" (").append(String.join(", ", details)).append(')');
        }
        return s.toString();
    }

    /** A citation of one heading of this work. */
    public Source at(String heading) {
        return new Source(citation(), heading);
    }

    /** Whether {@code section} names a heading of this work (an added note such as ", item 3" is allowed). */
    public boolean hasHeading(String section) {
        return headings.stream().anyMatch(h -> section.equals(h) || section.startsWith(h + ","));
    }

    /** The article with this key ({@code mission-of-a-cto}), ignoring case. */
    public static Optional<Article> byKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.key.equals(k)).findFirst();
    }

    /** The article a source cites, when it cites one of these. */
    public static Optional<Article> cited(Source source) {
        return Arrays.stream(values()).filter(a -> a.citation().equals(source.work())).findFirst();
    }
}
