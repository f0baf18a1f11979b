package org.ctorole.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** git's mailmap format (gitmailmap(5)). */
class MailmapTest {

    @Test
    void theFourFormsOfALine() {
        Mailmap m = Mailmap.parse("""
                # canonical names
                Ana Silva <ana@old.example>
                <ben@new.example> <ben@old.example>
                Cy Young <cy@new.example> <cy@old.example>
                Dee Jones <dee@new.example> dee <DEE@shared.example>   # only this name at that address
                """, ".mailmap");

        assertThat(m.map("ana", "ana@old.example")).isEqualTo(new Developer("Ana Silva", "ana@old.example"));
        assertThat(m.map("Ben", "ben@old.example")).isEqualTo(new Developer("Ben", "ben@new.example"));
        assertThat(m.map("cy", "cy@old.example")).isEqualTo(new Developer("Cy Young", "cy@new.example"));
        assertThat(m.map("Dee", "dee@shared.example")).isEqualTo(new Developer("Dee Jones", "dee@new.example"));
        assertThat(m.map("Eve", "dee@shared.example")).isEqualTo(new Developer("Eve", "dee@shared.example"));
        assertThat(m.map("Zed", "zed@example.org")).isEqualTo(new Developer("Zed", "zed@example.org"));
        assertThat(m.size()).isEqualTo(4);
    }

    @Test
    void namesAndEmailsAreMatchedWithoutCase() {
        Mailmap m = Mailmap.parse("Proper Name <proper@email.xx> CoMmIt NaMe <CoMmIt@EmAiL.xX>\n", "m");

        assertThat(m.map("Commit Name", "commit@email.xx")).isEqualTo(new Developer("Proper Name", "proper@email.xx"));
    }

    @Test
    void anEntryForTheNameWinsOverOneForAnyName() {
        Mailmap m = Mailmap.parse("""
                Shared <shared@example.org> <ci@example.org>
                Ana <ana@example.org> ana <ci@example.org>
                """, "m");

        assertThat(m.map("ana", "ci@example.org")).isEqualTo(new Developer("Ana", "ana@example.org"));
        assertThat(m.map("someone", "ci@example.org")).isEqualTo(new Developer("Shared", "shared@example.org"));
    }

    @Test
    void aLaterLineFillsInWhatAnEarlierOneLeftAsGitDoesAndALaterFileWins() {
        Mailmap repo = Mailmap.parse("""
                Ana Silva <ana@old.example>
                <ana@new.example> <ana@old.example>
                """, ".mailmap");
        Mailmap extra = Mailmap.parse("A. Silva <ana@old.example>\n", "extra");

        assertThat(repo.map("ana", "ana@old.example")).isEqualTo(new Developer("Ana Silva", "ana@new.example"));
        assertThat(repo.then(extra).map("ana", "ana@old.example"))
                .isEqualTo(new Developer("A. Silva", "ana@new.example"));
    }

    @Test
    void everyLineThatIsNoEntryIsReportedWithItsNumberAndTextAfterTheLastEmailIsIgnoredAsByGit() {
        String text = """
                Ana <ana@example.org>
                just a name
                Ben <ben@example.org
                Cy Young <cy@example.org> Cy2
                """;
        assertThatThrownBy(() -> Mailmap.parse(text, "team.mailmap"))
                .isInstanceOfSatisfying(GitAnalysisException.class,
                        e -> assertThat(e.problem()).isEqualTo(GitAnalysisException.Problem.MAILMAP))
                .hasMessageContaining("team.mailmap:2: expected 'Proper Name <commit@email>'")
                .hasMessageContaining("team.mailmap:3: '<' without a closing '>'")
                .hasMessageNotContaining("team.mailmap:1")
                .hasMessageNotContaining("team.mailmap:4");

        List<String> skipped = new ArrayList<>();
        Mailmap lenient = Mailmap.parse(text, "team.mailmap", skipped::add);
        assertThat(skipped).hasSize(2).allMatch(s -> s.startsWith("team.mailmap:2:") || s.startsWith("team.mailmap:3:"));
        assertThat(lenient.map("cy", "cy@example.org")).isEqualTo(new Developer("Cy Young", "cy@example.org"));
    }
}
