package org.ctorole.rules.internal;

import org.ctorole.model.profile.Northwind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;

/**
 * Run by {@link ClassPreloadTest} in a JVM of its own, with the class-loading log on standard
 * output: markers around making the northwind profile in code, building the built-in assessor and
 * assessing northwind once, the span whose classes {@link ClassPreloader} loads ahead.
 */
final class FirstAssessmentRun {
    static final String START = "first-assessment: start";
    static final String END = "first-assessment: end";

    private FirstAssessmentRun() {
    }

    public static void main(String[] args) {
        System.out.println(START);
        System.out.flush();
        // Made in code inside the span, as an embedding application makes its profile beside the assessor.
        OrganisationProfile northwind = Northwind.profile();
        int findings = CtoAssessor.withDefaultRules().assess(northwind).findings().size();
        System.out.println(END + " " + findings);
    }
}
