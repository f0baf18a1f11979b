package org.ctorole.model.profile;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A person of the organisation.
 *
 * <pre>{@code
 * Person.builder("ana").name("Ana Silva").roles(Role.ENGINEER).reportsTo("lena").email("ana@northwind.example").build()
 * }</pre>
 *
 * @param id         unique person id
 * @param name       display name (optional)
 * @param email      work e-mail address, unique when given; importers match people by it first
 * @param roles      roles held, at least one
 * @param reportsTo  id of the manager, empty for the top of the organisation
 * @param deputy     id of the person who stands in, empty when nobody does
 * @param engagement how the person is engaged (default FULL_TIME)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Person(String id, String name, Optional<String> email, List<Role> roles, Optional<String> reportsTo,
                     Optional<String> deputy, Engagement engagement) {

    public Person {
        email = Copies.optional(email);
        roles = Copies.list(roles);
        reportsTo = Copies.optional(reportsTo);
        deputy = Copies.optional(deputy);
        engagement = engagement == null ? Engagement.FULL_TIME : engagement;
    }

    /** A full-time person with the given roles, no e-mail, no manager and no deputy. */
    public static Person of(String id, String name, Role... roles) {
        return new Person(id, name, Optional.empty(), List.of(roles), Optional.empty(), Optional.empty(),
                Engagement.FULL_TIME);
    }

    public Person withEmail(String address) {
        return new Person(id, name, Optional.ofNullable(address), roles, reportsTo, deputy, engagement);
    }

    public Person withReportsTo(String managerId) {
        return new Person(id, name, email, roles, Optional.ofNullable(managerId), deputy, engagement);
    }

    public Person withDeputy(String deputyId) {
        return new Person(id, name, email, roles, reportsTo, Optional.ofNullable(deputyId), engagement);
    }

    public Person withEngagement(Engagement newEngagement) {
        return new Person(id, name, email, roles, reportsTo, deputy, newEngagement);
    }

    public Person withRoles(Role... newRoles) {
        return new Person(id, name, email, List.of(newRoles), reportsTo, deputy, engagement);
    }

    /** Whether the person holds the role. */
    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code Person.builder("ana").name("Ana Silva").roles(Role.ENGINEER).reportsTo("lena").build()}</pre>
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Person} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String id;
        private String name;
        private String email;
        private List<Role> roles = List.of();
        private String reportsTo;
        private String deputy;
        private Engagement engagement = Engagement.FULL_TIME;

        private Builder(String id) {
            this.id = id;
        }

        /** Display name; {@code null}: not given. */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /** Work e-mail address; {@code null}: not given. */
        public Builder email(String value) {
            email = value;
            return this;
        }

        /** Roles held. */
        public Builder roles(List<Role> value) {
            roles = value;
            return this;
        }

        /** Roles held. */
        public Builder roles(Role... values) {
            roles = List.of(values);
            return this;
        }

        /** Id of the manager; {@code null}: not given. */
        public Builder reportsTo(String value) {
            reportsTo = value;
            return this;
        }

        /** Id of the person who stands in; {@code null}: not given. */
        public Builder deputy(String value) {
            deputy = value;
            return this;
        }

        /** How the person is engaged. */
        public Builder engagement(Engagement value) {
            engagement = value == null ? Engagement.FULL_TIME : value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public Person build() {
            return new Person(id, name, Optional.ofNullable(email), roles, Optional.ofNullable(reportsTo),
                    Optional.ofNullable(deputy), engagement);
        }
    }
}
