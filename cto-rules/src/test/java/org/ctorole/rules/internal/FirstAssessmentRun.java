package org.ctorole.rules.internal;

import org.ctorole.model.profile.Northwind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;

/**
 * Run by {@link ClassPreloadTest} in a JVM of its own, with the class-loading log on standard
 * output: the profile first, then markers around building the built-in assessor and assessing
 * northwind once, the span whose classes {@link ClassPreloader} loads ahead.
 */
final class FirstAssessmentRun {
    static final String START = "first-assessment: start";
    static final String END = "first-assessment: end";

    private FirstAssessmentRun() {
    }

    public static void main(String[] args) {
        OrganisationProfile northwind = Northwind.profile();
        System.out.println(START);
        System.out.flush();
        int findings = CtoAssessor.withDefaultRules().assess(northwind).findings().size();
        System.out.println(END + " " + findings);
    }
}
