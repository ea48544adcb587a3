package org.parley.api;

import org.parley.person.NameAlias;
import org.parley.person.NameResolver;
import org.parley.person.Office;
import org.parley.person.Person;

import jakarta.inject.Inject;
import java.time.LocalDate;
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
public class PersonApi {

    @Inject
    NameResolver names;

    @Query("person")
    @Description("The person known by this name or alias, ignoring case and diacritics (\"poetin\" finds Vladimir Putin). An unknown name is a NOT_FOUND error, an ambiguous one AMBIGUOUS_NAME.")
    public @NonNull PersonNode person(@NonNull @Description("Canonical name or any alias.") String name) {
        return new PersonNode(names.person(name, "name"));
    }

    @Query("people")
    @Description("People by name, optionally only those whose name or an alias contains `search`.")
    public @NonNull PersonConnection people(
            @Description("Part of a name or alias, ignoring case and diacritics.") String search,
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Map<String, Object> params = NamePage.params();
        long total = Person.count("from Person p" + NamePage.where("p", "personId", search, null, params), params);
        params.clear();
        List<Person> rows = NamePage.limit(Person.find("from Person p"
                + NamePage.where("p", "personId", search, page.after(), params) + " order by p.searchName, p.id", params), page).list();
        return new PersonConnection(Slice.of(rows, page, total, p -> new Cursor(p.searchName, p.id), PersonNode::new));
    }

    @Name("aliases")
    @Description("Other spellings of the name, as the articles print them (\"Poetin\").")
    public List<@NonNull List<@NonNull String>> personAliases(@Source List<PersonNode> people) {
        return Batch.many(people, PersonNode::databaseId, NameAlias::ofPeople, a -> a.personId, a -> a.alias);
    }

    @Name("offices")
    @Description("Offices the person held, latest first; with `asOf`, only those held on that day.")
    public List<@NonNull List<@NonNull OfficeNode>> offices(@Source List<PersonNode> people,
            @Description("Only offices held on this day.") LocalDate asOf) {
        return Batch.many(people, PersonNode::databaseId,
                ids -> Office.ofPeople(ids).stream().filter(o -> asOf == null || o.heldOn(asOf)).toList(),
                o -> o.personId, OfficeNode::new);
    }
}
