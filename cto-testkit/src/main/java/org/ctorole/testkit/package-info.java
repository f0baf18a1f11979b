/**
 * Test support for users of the CTO role model: jqwik arbitraries of valid organisation
 * profiles, a rule verifier and AssertJ assertions on assessments.
 *
 * <ul>
 *   <li>{@link org.ctorole.testkit.CtoArbitraries}: {@code profiles()} and its options
 *       ({@code healthy()}, {@code withAntiPattern(ruleId)}, sizes...), and arbitraries of the
 *       parts of a profile; {@code @ForAll OrganisationProfile} works out of the box, and
 *       {@link org.ctorole.testkit.CtoDomain} offers the same as a jqwik domain.</li>
 *   <li>{@link org.ctorole.testkit.RuleVerifier}: one rule, one profile, the exact subjects.</li>
 *   <li>{@link org.ctorole.testkit.CtoAssertions}: {@code assertThat(assessment)}.</li>
 * </ul>
 *
 * <pre>{@code
 * RuleVerifier.builtIn().verifyThat("key-person-dependency")
 *         .given(CtoArbitraries.profiles().people(2, 5).withAntiPattern("key-person-dependency").sample())
 *         .fires();
 * }</pre>
 *
 * The testkit brings the jqwik engine ({@code net.jqwik:jqwik}) with it: one test dependency
 * runs the properties. Profiles in samples and shrunk counterexamples print as YAML
 * ({@link org.ctorole.testkit.ProfileReportingFormat}).
 */
package org.ctorole.testkit;
