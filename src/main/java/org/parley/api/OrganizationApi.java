package org.parley.api;

import org.parley.person.NameAlias;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;
import org.parley.person.Person;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.core.Cursor;
import org.parley.core.NamePage;
import org.parley.core.PageRequest;
import org.parley.core.Slice;

@GraphQLApi
public class OrganizationApi {

    @Query("organizations")
    @Description("Organizations by name, optionally filtered by kind and by a part of their name or an alias.")
    public @NonNull OrganizationConnection organizations(
            @Description("Part of a name or alias, ignoring case and diacritics (\"navo\").") String search,
            @Description("Only organizations of this kind.") OrganizationKind kind,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> params = NamePage.params();
        String kindFilter = kind == null ? "" : " and o.kind = :kind";
        long total = Organization.count("from Organization o" + NamePage.where("o", "organizationId", search, null, params)
                + kindFilter, withKind(params, kind));
        params.clear();
        List<Organization> rows = NamePage.limit(Organization.find("from Organization o"
                + NamePage.where("o", "organizationId", search, page.after(), params) + kindFilter
                + " order by o.searchName, o.id", withKind(params, kind)), page).list();
        return new OrganizationConnection(Slice.of(rows, page, total, o -> new Cursor(o.searchName, o.id),
                OrganizationNode::new));
    }

    private static Map<String, Object> withKind(Map<String, Object> params, OrganizationKind kind) {
        if (kind != null) {
            params.put("kind", kind);
        }
        return params;
    }

    @Name("aliases")
    @Description("Other spellings of the name, as the articles print them (\"NAVO\", \"VS\").")
    public List<@NonNull List<@NonNull String>> organizationAliases(@Source List<OrganizationNode> organizations) {
        return Batch.many(organizations, OrganizationNode::databaseId, NameAlias::ofOrganizations,
                a -> a.organizationId, a -> a.alias);
    }

    @Name("memberOf")
    @Description("The organization this one belongs to, if recorded (the European Commission is part of the EU).")
    public List<OrganizationNode> memberOf(@Source List<OrganizationNode> organizations) {
        return Batch.one(organizations, OrganizationNode::memberOfId, ids -> Organization.list("id in ?1", ids),
                o -> o.id, OrganizationNode::new);
    }

    @Name("person")
    @Description("Who holds or held the office.")
    public List<@NonNull PersonNode> officeHolder(@Source List<OfficeNode> offices) {
        return Batch.one(offices, o -> o.entity().personId, ids -> Person.list("id in ?1", ids),
                p -> p.id, PersonNode::new);
    }

    @Name("organization")
    @Description("The organization the office is in.")
    public List<@NonNull OrganizationNode> officeOrganization(@Source List<OfficeNode> offices) {
        return Batch.one(offices, o -> o.entity().organizationId, ids -> Organization.list("id in ?1", ids),
                o -> o.id, OrganizationNode::new);
    }
}
