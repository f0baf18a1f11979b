package org.ctorole.git;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Which commit authors are not people whose knowledge counts. Their commits still move and delete files
 * (renames are followed through them) but give nobody authorship, nor count against anyone's.
 *
 * <p>By default bots are left out: an author whose name or e-mail contains {@code [bot]}
 * ({@code dependabot[bot]}, {@code github-actions[bot]}, {@code renovate[bot]}), or whose e-mail's local part
 * is an automation address: {@code noreply}, {@code no-reply}, {@code no_reply}, {@code donotreply},
 * {@code do-not-reply} or {@code bot} (so {@code noreply@github.com} is left out, while a person's
 * {@code 1234+ana@users.noreply.github.com} is kept).
 *
 * <pre>{@code AuthorFilter.bots().excluding(List.of("*@build.example.com", "Release Robot"))}</pre>
 *
 * @param excludeBots whether the default bot rule applies
 * @param patterns globs ({@code *}, {@code ?}) matched without case against the name, the e-mail and
 *                 {@code Name <email>} of the author (after the mailmap)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuthorFilter(boolean excludeBots, List<String> patterns) {
    private static final Set<String> AUTOMATION_LOCAL_PARTS =
            Set.of("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "bot");

    public AuthorFilter {
        patterns = List.copyOf(patterns);
        compiled(patterns); // reject a bad pattern now, not during the walk
    }

    /** Leaves out bots only. */
    public static AuthorFilter bots() {
        return new AuthorFilter(true, List.of());
    }

    /** Leaves out nobody. */
    public static AuthorFilter nobody() {
        return new AuthorFilter(false, List.of());
    }

    /** Also leaves out authors matching these globs. */
    public AuthorFilter excluding(List<String> more) {
        return new AuthorFilter(excludeBots, java.util.stream.Stream.concat(patterns.stream(), more.stream()).toList());
    }

    /** Whether the developer's commits are left out. */
    public boolean excludes(Developer developer) {
        String name = developer.name().toLowerCase(Locale.ROOT);
        String email = developer.email().toLowerCase(Locale.ROOT);
        if (excludeBots && isBot(name, email)) {
            return true;
        }
        String full = name + " <" + email + ">";
        for (Pattern p : compiled(patterns)) {
            if (p.matcher(name).matches() || p.matcher(email).matches() || p.matcher(full).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBot(String name, String email) {
        if (name.contains("[bot]") || email.contains("[bot]")) {
            return true;
        }
        int at = email.indexOf('@');
        return at > 0 && AUTOMATION_LOCAL_PARTS.contains(email.substring(0, at));
    }

    private static List<Pattern> compiled(List<String> globs) {
        return globs.stream().map(AuthorFilter::wildcard).toList();
    }

    private static Pattern wildcard(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("empty author pattern");
        }
        StringBuilder re = new StringBuilder();
        for (char c : glob.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }
}
