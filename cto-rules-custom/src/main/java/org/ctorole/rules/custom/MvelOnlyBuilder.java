package org.ctorole.rules.custom;

import java.util.List;
import java.util.Properties;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.compiler.JavaDialectConfiguration;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.memorycompiler.JavaConfiguration;
import org.kie.memorycompiler.JavaConfiguration.CompilerType;

/**
 * A knowledge builder for DRL that asks for no Java: no file or rule says {@code dialect "java"}
 * and no file declares a function (DRL functions are always Java).
 *
 * <p>Drools looks for the Eclipse compiler each time it configures a builder, by loading its
 * main class, whatever the rules ask for. The compiler's jar is signed, so the first class
 * loaded from it makes a fresh JVM verify the jar's signature: about 0.1 s of a cold build that
 * compiles no Java. This builder is configured with the Eclipse compiler out of its sight, so
 * Drools settles on the JDK's compiler, which it only loads when asked to compile Java, and
 * MVEL-only rules never are.
 */
final class MvelOnlyBuilder {
    private static final String DIALECT = "dialect";
    private static final String ECLIPSE_COMPILER = CompilerType.ECLIPSE.getImplClassName().replace('.', '/') + ".class";

    private MvelOnlyBuilder() {
    }

    /** Whether parsed DRL files ask for no Java; {@code null} stands for a file that did not parse. */
    static boolean suffices(List<PackageDescr> files) {
        for (PackageDescr file : files) {
            if (file == null || !file.getFunctions().isEmpty() || !isMvel(file.getAttribute(DIALECT))) {
                return false;
            }
            for (RuleDescr rule : file.getRules()) {
                if (!isMvel(rule.getAttributes().get(DIALECT))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMvel(AttributeDescr dialect) {
        return dialect == null || "mvel".equals(dialect.getValue());
    }

    /**
     * A builder whose configuration cannot see the Eclipse compiler, for DRL that {@link #suffices}.
     * Drools finds classes through the loader given and, for its defaults, the thread's context
     * loader: both are screened while the configuration is made.
     */
    static KnowledgeBuilder create(Properties settings) {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        ClassLoader screened = new WithoutEclipseCompiler(
                context != null ? context : MvelOnlyBuilder.class.getClassLoader());
        KnowledgeBuilderConfiguration conf;
        thread.setContextClassLoader(screened);
        try {
            conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(settings, screened);
        } finally {
            thread.setContextClassLoader(context);
        }
        restoreDefaultJavaCompiler(conf, screened.getParent());
        return KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
    }

    /**
     * Drools keeps one default Java compiler per JVM (for its code generators), chosen when its
     * Java dialect is first configured. If that happened above, it chose the JDK's compiler for
     * want of the Eclipse one: set it back to what Drools chooses with the Eclipse compiler on the
     * class path and no property naming a compiler. (A host that chose the JDK's compiler in code
     * rather than by the property, before any rule was compiled, is not told apart.)
     */
    private static void restoreDefaultJavaCompiler(KnowledgeBuilderConfiguration conf, ClassLoader loader) {
        String named = conf.as(KnowledgeBuilderConfigurationImpl.KEY).getChainedProperties()
                .getProperty(JavaConfiguration.JAVA_COMPILER_PROPERTY, null);
        if (named == null && JavaDialectConfiguration.getDefaultCompilerType() == CompilerType.NATIVE
                && loader.getResource(ECLIPSE_COMPILER) != null) {
            JavaDialectConfiguration.setDefaultCompilerType(CompilerType.ECLIPSE);
        }
    }

    /** Its parent's classes but the Eclipse compiler's. */
    private static final class WithoutEclipseCompiler extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        WithoutEclipseCompiler(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.drools.ecj.") || name.startsWith("org.eclipse.jdt.")) {
                throw new ClassNotFoundException(name + ": no Java to compile");
            }
            return super.loadClass(name, resolve);
        }
    }
}
