package org.ctorole.rules;

import org.apiguardian.api.API;

/**
 * What a score covers: of the rules that could lower it, how many were assessed. A rule is
 * assessed when the profile gives what it reads and it is not disabled; a score none of whose
 * rules was assessed is not assessed and has no value.
 *
 * <pre>{@code score.coverage().assessed() + " of " + score.coverage().possible() + " rules"}</pre>
 *
 * @param assessed rules assessed among those that could lower the score
 * @param possible rules that could lower the score
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Coverage(int assessed, int possible) {

    public Coverage {
        if (assessed < 0 || possible < assessed) {
            throw new IllegalArgumentException("coverage " + assessed + " of " + possible);
        }
    }

    /** Whether any rule that could lower the score was assessed. */
    public boolean any() {
        return assessed > 0;
    }

    /** Whether every rule that could lower the score was assessed. */
    public boolean complete() {
        return assessed == possible;
    }

    /** {@code assessed / possible}, 1 when no rule could lower it. */
    public double ratio() {
        return possible == 0 ? 1.0 : (double) assessed / possible;
    }

    /** {@code 23 of 27 rules}. */
    @Override
    public String toString() {
        return assessed + " of " + possible + " rule" + (possible == 1 ? "" : "s");
    }
}
