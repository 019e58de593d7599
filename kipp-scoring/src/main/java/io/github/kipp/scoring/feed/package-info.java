/**
 * From a regional round's result to the entries of the round it feeds: a regency's selection feeding
 * its province, a province's round feeding the national edition in force (KIPP.md §5: "seeds the next
 * level's submissions"). {@link io.github.kipp.scoring.feed.RoundFeed} hands on the proposals a
 * {@link io.github.kipp.scoring.feed.FeedSelection} names, each carrying its regional results with
 * their citations, and refuses, with the next round's own reasons, what that round's eligibility rules
 * would refuse. Stable API.
 */
@NullMarked
package io.github.kipp.scoring.feed;

import org.jspecify.annotations.NullMarked;
