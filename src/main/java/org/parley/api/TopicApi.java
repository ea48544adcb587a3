package org.parley.api;

import org.parley.position.Topic;

import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.core.Cursor;
import org.parley.core.PageRequest;
import org.parley.core.Slice;

@GraphQLApi
public class TopicApi {

    @Query("topics")
    @Description("The controlled list of topics, by name.")
    public @NonNull TopicConnection topics(
            @DefaultValue("" + PageRequest.DEFAULT_PAGE_SIZE) @Description("Page size, 0 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Cursor c = page.after();
        List<Topic> rows = c == null
                ? Topic.<Topic>find("order by name, id").range(0, page.fetchSize() - 1).list()
                : Topic.<Topic>find("name > ?1 or (name = ?1 and id > ?2) order by name, id", c.sortKey(), c.id())
                        .range(0, page.fetchSize() - 1).list();
        return new TopicConnection(Slice.of(rows, page, Topic.count(), t -> new Cursor(t.name, t.id), TopicNode::new));
    }
}
