package org.ctorole.rules.spi;

import java.util.Map;
import org.apiguardian.api.API;
import org.ctorole.rules.RuleCompilationException;
import org.kie.api.KieBase;

/**
 * Compiles custom DRL at run time. The built-in rule pack is compiled when the library is built
 * and needs no compiler; {@code org.ctorole:cto-rules-custom} provides the one implementation,
 * found with {@link java.util.ServiceLoader} when an assessor is given custom rules. Not for
 * users to implement: the contract may change with the engine.
 *
 * <pre>{@code
 * DrlCompiler compiler = ServiceLoader.load(DrlCompiler.class).findFirst().orElseThrow();
 * KieBase base = compiler.compile(Map.of("onsite.drl", drlText));
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface DrlCompiler {

    /**
     * One rule base of every DRL text given.
     *
     * @param drlByName DRL texts by the name errors give them (a file name), in the order given
     * @return the rule base, its rules carrying their metadata as written
     * @throws RuleCompilationException naming the file, the line and the rule of each error
     */
    KieBase compile(Map<String, String> drlByName);
}
