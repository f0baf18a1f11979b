package org.ctorole.rules.custom;

import java.nio.file.Path;
import org.ctorole.rules.CtoAssessor;
import org.drools.compiler.compiler.JavaDialectConfiguration;

/**
 * Run by {@link MvelOnlyBuilderTest} in a JVM of its own: builds an assessor with the DRL files
 * given, first thing, then prints the rules it knows and Drools' default Java compiler for the JVM.
 */
final class FreshBuild {
    private FreshBuild() {
    }

    public static void main(String[] files) {
        CtoAssessor.Builder builder = CtoAssessor.builder();
        for (String file : files) {
            builder.addRules(Path.of(file));
        }
        System.out.println("rules " + builder.build().ruleBook().rules().size());
        System.out.println("default Java compiler " + JavaDialectConfiguration.getDefaultCompilerType());
    }
}
