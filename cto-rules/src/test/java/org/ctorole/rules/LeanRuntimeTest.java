package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * cto-rules runs the built-in pack without a DRL parser, code generator, Java compiler or XML
 * serialiser on the classpath (this module's test classpath is its runtime classpath plus test
 * libraries), and says what to add when custom rules are given without cto-rules-custom.
 */
class LeanRuntimeTest {

    @Test
    void theBuiltInPackRunsWithoutACompilerOnTheClasspath() {
        for (String absent : new String[] {"org.eclipse.jdt.internal.compiler.Compiler",
                "com.github.javaparser.JavaParser", "org.antlr.v4.runtime.Parser", "org.antlr.runtime.Parser",
                "com.thoughtworks.xstream.XStream", "org.drools.compiler.kie.builder.impl.KieServicesImpl",
                "org.drools.model.codegen.ExecutableModelProject"}) {
            assertThat(present(absent)).as(absent).isFalse();
        }
        Assessment a = Findings.DEFAULT_ASSESSOR.assess(Profiles.healthy().build());

        assertThat(a.findings()).isEmpty();
        assertThat(a.scorecard().overall().value()).hasValue(100.0);
    }

    @Test
    void customRulesWithoutTheCompilerArtifactAreRefusedSayingWhatToAdd() {
        assertThatThrownBy(() -> CtoAssessor.builder().addRules("house.drl", "package x;"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("custom rules are compiled at run time by the artifact org.ctorole:cto-rules-custom,"
                        + " which is not on the classpath: add it as a dependency (the built-in rules need no"
                        + " compiler)");
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, LeanRuntimeTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
