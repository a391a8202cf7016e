package com.gazettesearch.records.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names are taken only where a title and what follows leave no doubt; everything else is left out. */
class PeopleFinderTest {
    private final PeopleFinder finder = new PeopleFinder("青石市云溪县");

    @Test
    void wordsAfterATitleThatAreNotNamesAreLeftOut() {
        assertThat(finder.find("要深入学习贯彻习近平总书记关于防汛救灾工作的重要指示精神。")).isEmpty();
        assertThat(finder.find("县领导分组走访慰问困难群众。")).isEmpty();
        assertThat(finder.find("副县长主持召开会议。")).isEmpty();
        assertThat(finder.find("县长强调，要狠抓落实。")).isEmpty();
    }

    @Test
    void namesEndWhereAFollowingWordOrPunctuationSaysSo() {
        assertThat(finder.find("县长王小明主持召开会议。")).containsExactly(new Person("王小明", "县长"));
        assertThat(finder.find("县委书记陈卫主持召开会议。")).containsExactly(new Person("陈卫", "县委书记"));
        assertThat(finder.find("公司总经理刘平等深入交流。")).containsExactly(new Person("刘平", "公司总经理"));
        assertThat(finder.find("副县长欧阳春、罗一平参加。")).containsExactly(new Person("欧阳春", "副县长"),
                new Person("罗一平", "副县长"));
        assertThat(finder.find("云溪县委副书记、县长李四海，县领导赵五参加。")).containsExactly(
                new Person("李四海", "县委副书记、县长"), new Person("赵五", "县领导"));
    }

    @Test
    void aTitleStopsAtTheNameBeforeIt() {
        assertThat(finder.find("县长李四海会见某某公司总经理张云和一行。")).containsExactly(new Person("李四海", "县长"),
                new Person("张云和", "某某公司总经理"));
    }
}
