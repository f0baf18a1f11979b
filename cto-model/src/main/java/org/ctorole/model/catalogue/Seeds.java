package org.ctorole.model.catalogue;

/** File names of the seed articles the catalogue cites, so each name is spelled once. */
public final class Seeds {
    /** "What is a Chief Technology Officer?": the nine responsibilities and the skills. */
    public static final String ROLE_OVERVIEW = "000_87e12b3153c42ad9.txt";
    /** "What is the mission of a CTO": axes, indicators, time split, duties per constituent. */
    public static final String MISSION = "001_e42d2f951c31f78b.txt";
    /** "What does a CTO do?": the evolving role; not cited by an entry yet. */
    public static final String EVOLVING_ROLE = "002_7faab1ddd8af61e9.txt";
    /** "Building tech leaders who think like CEOs": integration pillars and timeline. */
    public static final String INTEGRATION = "004_b464f4da9c877d4e.txt";

    private Seeds() {
    }
}
