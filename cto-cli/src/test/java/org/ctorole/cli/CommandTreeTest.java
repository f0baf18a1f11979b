package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.ctorole.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code Main} builds only the subcommand its arguments name; what a call prints must not change. */
class CommandTreeTest {
    private static final List<String> NAMES = CtoCommand.commandLine().getSubcommands().keySet().stream().toList();

    @Test
    void theNamedSubcommandAloneOrNoneForVersionElseAll() {
        assertThat(CtoCommand.subcommandsFor("assess", "northwind.yaml")).containsExactly(AssessCommand.class);
        assertThat(CtoCommand.subcommandsFor("--debug", "import", "csv", "people.csv"))
                .containsExactly(ImportCommand.class);
        assertThat(CtoCommand.subcommandsFor("--version")).isEmpty();
        assertThat(CtoCommand.subcommandsFor("-V")).isEmpty();
        assertThat(CtoCommand.subcommandsFor("--version", "assess")).hasSize(NAMES.size());
        assertThat(CtoCommand.subcommandsFor("--help")).hasSize(NAMES.size());
        assertThat(CtoCommand.subcommandsFor("asess", "northwind.yaml")).hasSize(NAMES.size());
        assertThat(CtoCommand.subcommandsFor()).hasSize(NAMES.size());
    }

    @Test
    void eachSubcommandBuiltAloneHasTheUsageAndOptionsOfTheWholeTree() {
        assertThat(NAMES).containsExactly("assess", "validate", "rules", "explain", "catalogue", "diff", "what-if",
                "import", "init", "truck-factor");
        for (String name : NAMES) {
            Run alone = CliTest.cto(name, "--help");
            Run inTree = CliTest.run(CtoCommand.commandLine(), name, "--help");
            assertThat(alone).as(name).isEqualTo(inTree);
            assertThat(alone.exit()).as(name).isZero();
            assertThat(alone.out()).as(name).startsWith("Usage: cto " + name);
        }
    }

    @Test
    void theInheritedDebugOptionAndTheParentReachTheSubcommandBuiltAlone() {
        CommandLine cl = CtoCommand.forArguments(new ByteArrayInputStream(new byte[0]), "--debug", "validate", "-");
        assertThat(cl.getSubcommands()).containsOnlyKeys("validate");
        assertThat(cl.getSubcommands().get("validate").getCommandSpec().findOption("--debug")).isNotNull();

        // The trace (the caller's frames differ) shows that the subcommand built alone saw --debug.
        Run debug = CliTest.cto("--debug", "assess", "no-such-profile.yaml");
        assertThat(debug.exit()).isEqualTo(Exit.INVALID);
        assertThat(debug.err()).startsWith("org.ctorole.model.validation.InvalidProfileException: 1 problem")
                .contains("\tat org.ctorole.cli.AssessCommand.call(")
                .endsWith("cto: 1 problem:\n  cannot read 'no-such-profile.yaml': no such file\n");
    }

    @Test
    void versionAloneAndAMistypedCommandPrintAsTheWholeTreeDoes() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"asess"}, new String[] {"--help"})) {
            assertThat(CliTest.cto(args)).as(String.join(" ", args))
                    .isEqualTo(CliTest.run(CtoCommand.commandLine(), args));
        }
        assertThat(CliTest.cto("--version").out()).startsWith("cto ");
        assertThat(CliTest.cto("asess").err()).startsWith("cto: Unmatched argument at index 0: 'asess'");
    }
}
