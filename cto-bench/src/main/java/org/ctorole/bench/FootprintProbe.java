package org.ctorole.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;

/**
 * What {@link FootprintReport} runs in each fresh JVM, on the classpath of one use of the library.
 * It prints {@code ms <elapsed> <findings>} (and, for custom rules, the {@code cold} and
 * {@code warm} times of building an assessor with one rule, the example house rule
 * {@code cto-examples/rules/house-rules.drl}) and ends. It references nothing beyond the
 * use it measures: the built-in use builds the northwind profile in code (cto-model's test
 * fixture, put on the classpath by the report and not counted), the YAML use reads the file.
 */
final class FootprintProbe {
    private FootprintProbe() {
    }

    /**
     * {@code builtin}, {@code custom} or {@code yaml}; then, for {@code custom}, the DRL file's path,
     * for {@code yaml} the profile's.
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int findings = switch (args[0]) {
            case "builtin" -> CtoAssessor.withDefaultRules().assess(northwindInCode()).findings().size();
            case "custom" -> {
                CtoAssessor assessor = CtoAssessor.builder().addRules(Path.of(args[1])).build();
                long built = System.nanoTime();
                System.out.println("cold " + (built - start) / 1_000_000);
                // A second build in the same JVM: what compiling one rule costs once Drools is loaded.
                CtoAssessor.builder().addRules(Path.of(args[1])).build();
                System.out.println("warm " + (System.nanoTime() - built) / 1_000_000);
                yield assessor.assess(northwindInCode()).findings().size();
            }
            case "yaml" -> {
                OrganisationProfile profile = ProfileReader.standard().read(Path.of(args[1]));
                yield CtoAssessor.withDefaultRules().assess(profile).findings().size();
            }
            default -> throw new IllegalArgumentException("unknown use " + args[0]);
        };
        System.out.println("ms " + (System.nanoTime() - start) / 1_000_000 + " " + findings);
    }

    private static OrganisationProfile northwindInCode() throws ReflectiveOperationException {
        Method profile = Class.forName("org.ctorole.model.profile.Northwind").getMethod("profile");
        return (OrganisationProfile) profile.invoke(null);
    }
}
