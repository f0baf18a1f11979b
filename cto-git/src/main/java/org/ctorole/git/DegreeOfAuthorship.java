package org.ctorole.git;

import org.apiguardian.api.API;

/**
 * The degree of authorship of one developer over one file (Fritz et al., "A degree-of-knowledge model to
 * capture source code familiarity", ICSE 2010; as used by Avelino, Passos, Hora and Valente, "A novel
 * approach for estimating truck factors", ICPC 2016, section II.B):
 * {@code DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC)}.
 *
 * <p>The commit that creates a file counts in FA only: it is not one of the creator's deliveries nor
 * one of the other developers' acceptances, as in the paper's published tool. A rename counts as a change.
 *
 * <pre>{@code new DegreeOfAuthorship(true, 2, 1).value() // 3.293 + 1.098 + 0.328 − 0.321·ln 2 = 4.4965}</pre>
 *
 * @param firstAuthorship FA: whether the developer created the file (a developer who added the same path
 *                        on another line of history counts as a creator too, as in the published tool)
 * @param deliveries      DL: the developer's changes to the file after its creation
 * @param acceptances     AC: the changes to the file by the other developers counted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DegreeOfAuthorship(boolean firstAuthorship, int deliveries, int acceptances) {

    /** The constant of the model, also the smallest absolute DOA of an author who did not create the file. */
    public static final double BASE = 3.293;
    /** A developer is an author when their DOA is more than this share of the file's highest DOA. */
    public static final double NORMALISED_THRESHOLD = 0.75;

    public DegreeOfAuthorship {
        if (deliveries < 0 || acceptances < 0) {
            throw new IllegalArgumentException("deliveries and acceptances must not be negative: "
                    + deliveries + ", " + acceptances);
        }
    }

    /** The absolute degree of authorship. */
    public double value() {
        return BASE + 1.098 * (firstAuthorship ? 1 : 0) + 0.164 * deliveries - 0.321 * Math.log(1 + acceptances);
    }

    /**
     * Whether this developer is an author of the file whose highest DOA is {@code highest}: their DOA is
     * more than 75 % of it, and it is at least 3.293 or they created the file (the published tool's
     * criterion; the paper's text states the two thresholds). A file whose highest DOA is not positive
     * has no author.
     */
    public boolean isAuthor(double highest) {
        double doa = value();
        return highest > 0 && doa / highest > NORMALISED_THRESHOLD && (doa >= BASE || firstAuthorship);
    }
}
