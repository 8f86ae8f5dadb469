"""Held-out English probes: news sentences the rules were not tuned on.

Each case is a sentence in the style of 2010s wire copy (AP, Reuters, BBC,
Wikinews; politics, business, sports, courts, science) with a fixed DCT and
the TIMEX3 annotations TimeML / TempEval-3 would give it: extent (no
prepositions, "the" and modifiers inside; "about" and "within" outside, a
sentence-final dot outside "p.m"), type and value. The expectations were
written from those conventions before the tagger was run on the sentences.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.dates import tag

Expected = list[tuple[str, str, str]]

THU = date(2013, 3, 21)  # Thursday, ISO week 12
WED = date(2024, 1, 10)  # Wednesday, ISO week 2
OCT = date(2013, 10, 24)  # Thursday, ISO week 43

CASES: list[tuple[date, str, Expected]] = [
    # Datelines and explicit dates.
    (THU, "WASHINGTON, March 20 (AP) — The Senate passed the budget on Wednesday.",
     [("March 20", "DATE", "2013-03-20"), ("Wednesday", "DATE", "2013-03-20")]),
    (date(2013, 8, 11), "BEIJING, Aug. 11 (Xinhua) -- China launched a new satellite on Sunday.",
     [("Aug. 11", "DATE", "2013-08-11"), ("Sunday", "DATE", "2013-08-11")]),
    (THU, "He was born on 12 June 1950 in Leeds.", [("12 June 1950", "DATE", "1950-06-12")]),
    (THU, "The filing, dated 2013-03-18, shows a loss.", [("2013-03-18", "DATE", "2013-03-18")]),
    (THU, "The order was signed 3/18/2013 by the governor.",
     [("3/18/2013", "DATE", "2013-03-18")]),
    (THU, "The memo is dated 03/18/13.", [("03/18/13", "DATE", "2013-03-18")]),
    (THU, "The bill would take effect on Jan. 1, 2014.", [("Jan. 1, 2014", "DATE", "2014-01-01")]),
    (THU, "Apollo 11 landed on the moon in July 1969.", [("July 1969", "DATE", "1969-07")]),
    (THU, "Unemployment fell to 7.7 percent in February, the lowest since December 2008.",
     [("February", "DATE", "2013-02"), ("December 2008", "DATE", "2008-12")]),
    (THU, "His term ends in January 2017.", [("January 2017", "DATE", "2017-01")]),
    (THU, "The probe will reach Jupiter in July 2016.", [("July 2016", "DATE", "2016-07")]),
    (THU, "By 2030, emissions must fall by half.", [("2030", "DATE", "2030")]),
    (THU, "He has lived in Paris since 2019.", [("2019", "DATE", "2019")]),
    (THU, "He served as mayor from 2002 to 2012.",
     [("2002", "DATE", "2002"), ("2012", "DATE", "2012")]),
    (THU, "The company expects revenue of $2 billion in 2014.", [("2014", "DATE", "2014")]),
    (THU, "The festival runs from June 12 to 15.",
     [("June 12", "DATE", "2013-06-12"), ("15", "DATE", "2013-06-15")]),
    (THU, "The incident occurred on the 15th, police said.", [("the 15th", "DATE", "2013-03-15")]),
    # Present tense for scheduled events points ahead.
    (WED, "Voters go to the polls on November 5.", [("November 5", "DATE", "2024-11-05")]),
    (date(2013, 12, 15), "The law takes effect Jan. 1.", [("Jan. 1", "DATE", "2014-01-01")]),
    (THU, "Congress returns from recess on April 8.", [("April 8", "DATE", "2013-04-08")]),
    (THU, "The summit opens Monday in Brussels.", [("Monday", "DATE", "2013-03-25")]),
    (THU, "Sentencing is set for May 14.", [("May 14", "DATE", "2013-05-14")]),
    (THU, "The season opener is Sept. 5.", [("Sept. 5", "DATE", "2013-09-05")]),
    (THU, "Ministers meet again in June.", [("June", "DATE", "2013-06")]),
    (THU, "The match kicks off at 3 p.m. on Saturday.",
     [("3 p.m.", "TIME", "2013-03-23T15:00"), ("Saturday", "DATE", "2013-03-23")]),
    (THU, "Fiscal 2014 begins Oct. 1.",
     [("Fiscal 2014", "DATE", "2014"), ("Oct. 1", "DATE", "2013-10-01")]),
    (OCT, "The policy runs through Dec. 31.", [("Dec. 31", "DATE", "2013-12-31")]),
    # Weekdays and times of day.
    (THU, "The company said on Tuesday at 8 a.m. that it had filed for bankruptcy.",
     [("Tuesday", "DATE", "2013-03-19"), ("8 a.m.", "TIME", "2013-03-19T08:00")]),
    (WED, "The blast happened on Tuesday at 8 a.m. in the city centre.",
     [("Tuesday", "DATE", "2024-01-09"), ("8 a.m.", "TIME", "2024-01-09T08:00")]),
    (THU, "Tickets go on sale at 9 a.m. Friday.", [("9 a.m. Friday", "TIME", "2013-03-22T09:00")]),
    (THU, "The curfew starts at 10 p.m.", [("10 p.m", "TIME", "2013-03-21T22:00")]),
    (THU, "The agreement expires at midnight Friday.",
     [("midnight Friday", "TIME", "2013-03-22T24:00")]),
    (THU, "Police said the attack happened around 2:30 a.m. Sunday.",
     [("around 2:30 a.m. Sunday", "TIME", "2013-03-17T02:30")]),
    (THU, "The Lakers beat the Celtics 102-98 on Tuesday night.",
     [("Tuesday night", "TIME", "2013-03-19TNI")]),
    (THU, "On Sunday, thousands marched in Madrid.", [("Sunday", "DATE", "2013-03-17")]),
    (THU, "Shares fell 3 percent in early trading Monday.", [("Monday", "DATE", "2013-03-18")]),
    (date(2013, 3, 20), "The strike, which began on Monday, is expected to end on Friday.",
     [("Monday", "DATE", "2013-03-18"), ("Friday", "DATE", "2013-03-22")]),
    (date(2013, 9, 13), "On Wednesday, NASA announced that Voyager 1 has left the solar system.",
     [("Wednesday", "DATE", "2013-09-11")]),
    (date(2013, 6, 29), "A federal judge on Friday blocked the law, which was set to take effect "
     "July 1.", [("Friday", "DATE", "2013-06-28"), ("July 1", "DATE", "2013-07-01")]),
    (THU, "The vote is scheduled for next Tuesday.", [("next Tuesday", "DATE", "2013-03-26")]),
    (THU, "Manchester United host Chelsea on Sunday.", [("Sunday", "DATE", "2013-03-24")]),
    (THU, "Temperatures dropped overnight, officials said Tuesday morning.",
     [("overnight", "TIME", "2013-03-20TNI"), ("Tuesday morning", "TIME", "2013-03-19TMO")]),
    # TBAQ leaves "the early hours of" outside: "in the early hours of <Thursday morning>".
    (THU, "Two people were killed in the early hours of Monday.",
     [("Monday", "DATE", "2013-03-18")]),
    (THU, "Speaking this morning, the minister denied the report.",
     [("this morning", "TIME", "2013-03-21TMO")]),
    (THU, "Crowds gathered this past weekend in the capital.",
     [("this past weekend", "DATE", "2013-W11-WE")]),
    (THU, "Prime Minister Theresa May said on Monday that talks would continue.",
     [("Monday", "DATE", "2013-03-18")]),
    (THU, "Thousands joined the March for Life on Friday.",
     [("Friday", "DATE", "2013-03-15")]),
    # Relative and anaphoric expressions.
    (THU, "President Barack Obama will travel to Israel next week.",
     [("next week", "DATE", "2013-W13")]),
    (THU, "Last month, the agency approved the drug.", [("Last month", "DATE", "2013-02")]),
    (THU, "The inquiry began 18 months ago.", [("18 months ago", "DATE", "2011-09")]),
    (THU, "The trial began three weeks ago.", [("three weeks ago", "DATE", "2013-W09")]),
    (THU, "He left the party two days ago.", [("two days ago", "DATE", "2013-03-19")]),
    (THU, "The mine closed a decade ago.", [("a decade ago", "DATE", "2003")]),
    (THU, "The bank raised rates twice last year.", [("last year", "DATE", "2012")]),
    (THU, "Earlier this year, the firm cut its forecast.",
     [("Earlier this year", "DATE", "2013")]),
    (THU, "The company cut 500 jobs earlier this year.", [("earlier this year", "DATE", "2013")]),
    (THU, "The panel will publish its report later this month.",
     [("later this month", "DATE", "2013-03")]),
    (THU, "The plant will close by the end of the year.",
     [("the end of the year", "DATE", "2013")]),
    (THU, "The deadline is the end of the month.", [("the end of the month", "DATE", "2013-03")]),
    (OCT, "The company aims to close the deal by year-end.", [("year-end", "DATE", "2013")]),
    (THU, "Parliament will vote on the measure this week.", [("this week", "DATE", "2013-W12")]),
    (THU, "Obama won a second term in November.", [("November", "DATE", "2012-11")]),
    (THU, "The Fed meets again in mid-December.", [("mid-December", "DATE", "2013-12")]),
    (THU, "The comet will be visible from mid-March.", [("mid-March", "DATE", "2013-03")]),
    (THU, "The company is currently reviewing its options.",
     [("currently", "DATE", "PRESENT_REF")]),
    (THU, "Prices have soared in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
    (THU, "The region has suffered droughts in recent years.",
     [("recent years", "DURATION", "PXY")]),
    (date(2013, 4, 16), "The 2013 Boston Marathon took place on April 15.",
     [("2013", "DATE", "2013"), ("April 15", "DATE", "2013-04-15")]),
    (date(2013, 12, 27), "Shops were busy on Christmas Eve.",
     [("Christmas Eve", "DATE", "2013-12-24")]),
    # Decades, centuries, seasons, quarters.
    (THU, "Housing prices soared in the mid-2000s.", [("the mid-2000s", "DATE", "200")]),
    (THU, "The band was popular in the late 1990s.", [("the late 1990s", "DATE", "199")]),
    (THU, "The 1980s saw a boom in home ownership.", [("The 1980s", "DATE", "198")]),
    (THU, "The style was common in the 1960s and '70s.",
     [("the 1960s", "DATE", "196"), ("'70s", "DATE", "197")]),
    (THU, "The houses date from the 18th and 19th centuries.",
     [("the 18th", "DATE", "17"), ("19th centuries", "DATE", "18")]),
    (THU, "The church was built in the 12th century.", [("the 12th century", "DATE", "11")]),
    (date(2014, 1, 15), "Heating bills soared last summer.", [("last summer", "DATE", "2013-SU")]),
    (date(2013, 10, 1), "The store will open next spring.", [("next spring", "DATE", "2014-SP")]),
    (THU, "The album is due out in spring 2014.", [("spring 2014", "DATE", "2014-SP")]),
    (date(2023, 11, 1), "Revenue for Q3 2023 came in at $4.1 billion.",
     [("Q3 2023", "DATE", "2023-Q3")]),
    (OCT, "Apple reported fourth-quarter earnings on Oct. 22.",
     [("fourth-quarter", "DATE", "2013-Q4"), ("Oct. 22", "DATE", "2013-10-22")]),
    (date(2013, 7, 25), "Profit in the quarter ended June 30 rose 12 percent.",
     [("the quarter", "DATE", "2013-Q2"), ("June 30", "DATE", "2013-06-30")]),
    (OCT, "Sales in the first half rose 5 percent.", [("the first half", "DATE", "2013-H1")]),
    (WED, "The agency's budget for fiscal 2024 was cut.", [("fiscal 2024", "DATE", "2024")]),
    (WED, "The team won the title in the 2022 season.", [("2022", "DATE", "2022")]),
    (WED, "He was the league's top scorer in the 2022-23 season.",
     [("2022", "DATE", "2022"), ("23", "DATE", "2023")]),
    # Durations and sets.
    (THU, "The ceasefire lasted just 36 hours.", [("36 hours", "DURATION", "PT36H")]),
    (THU, "The army must withdraw within 48 hours.", [("48 hours", "DURATION", "PT48H")]),
    (THU, "The firm plans to invest $5 billion over the next five years.",
     [("the next five years", "DURATION", "P5Y")]),
    # TBAQ reads "the past year" as the year before the DCT, a DATE (both of its cases).
    (THU, "Shares have risen 40 percent over the past year.",
     [("the past year", "DATE", "2012")]),
    (THU, "The trial is expected to last six weeks.", [("six weeks", "DURATION", "P6W")]),
    (THU, "He faces up to 20 years in prison.", [("up to 20 years", "DURATION", "P20Y")]),
    (THU, "She spent 20 years at the company.", [("20 years", "DURATION", "P20Y")]),
    (THU, "The government has 90 days to respond.", [("90 days", "DURATION", "P90D")]),
    (THU, "The company has been profitable for three consecutive quarters.",
     [("three consecutive quarters", "DURATION", "P3Q")]),
    (THU, "The researchers followed 10,000 patients for a decade.",
     [("a decade", "DURATION", "P10Y")]),
    (THU, "The prime minister resigned in 2010 after two years in office.",
     [("2010", "DATE", "2010"), ("two years", "DURATION", "P2Y")]),
    (THU, "The probe was launched in 2006 and reached Pluto nine years later.",
     [("2006", "DATE", "2006"), ("nine years", "DURATION", "P9Y")]),
    (THU, "Home prices rose 8.1 percent in the 12 months through January.",
     [("the 12 months", "DURATION", "P12M"), ("January", "DATE", "2013-01")]),
    (THU, "Every four years, the nation elects a president.",
     [("Every four years", "SET", "P4Y")]),
    (THU, "The museum is open daily.", [("daily", "SET", "P1D")]),
    (THU, "Each day, the station orbits Earth 16 times.", [("Each day", "SET", "P1D")]),
    (THU, "Ice cover has shrunk every summer since 1979.",
     [("every summer", "SET", "XXXX-SU"), ("1979", "DATE", "1979")]),
    # Numbers that are not times.
    (THU, "Shares closed at $12.50 on Nasdaq.", []),
    (THU, "The Dow rose 120 points, or 0.8 percent, to 14,511.", []),
    (THU, "The 24-year-old striker scored twice.", []),
    (THU, "The bill passed the Senate 52-48.", []),
    (THU, "The Boeing 737 was grounded after the incident.", []),
    (THU, "The fossils are 3 million years old.", []),
    (THU, "Highway 1 was closed after a landslide.", []),
]

FRI = date(2013, 2, 15)  # Friday, ISO week 7
MON = date(2013, 4, 22)  # Monday, ISO week 17
SAT = date(2019, 6, 1)  # Saturday, ISO week 22

# A second round, written after the rules were fixed on the first one and
# before the tagger saw these sentences: the better measure of generalization.
SECOND_ROUND: list[tuple[date, str, Expected]] = [
    (FRI, "A meteor exploded over Russia's Ural Mountains on Friday morning, injuring about "
     "1,000 people.", [("Friday morning", "TIME", "2013-02-15TMO")]),
    (FRI, "Pope Benedict XVI will step down on Feb. 28, the Vatican said Monday.",
     [("Feb. 28", "DATE", "2013-02-28"), ("Monday", "DATE", "2013-02-11")]),
    (FRI, "The conclave is expected to begin in mid-March.", [("mid-March", "DATE", "2013-03")]),
    (FRI, "Benedict, 85, is the first pope to resign in nearly 600 years.",
     [("nearly 600 years", "DURATION", "P600Y")]),
    (FRI, "Oscar Pistorius was charged on Friday with the murder of his girlfriend in the early "
     "hours of Valentine's Day.",
     [("Friday", "DATE", "2013-02-15"), ("Valentine's Day", "DATE", "2013-02-14")]),
    (FRI, "The bail hearing was postponed until Tuesday.", [("Tuesday", "DATE", "2013-02-19")]),
    (MON, "The two suspects in the April 15 bombings were identified on Thursday.",
     [("April 15", "DATE", "2013-04-15"), ("Thursday", "DATE", "2013-04-18")]),
    (MON, "Boston Marathon bombing suspect Dzhokhar Tsarnaev was charged on Monday.",
     [("Monday", "DATE", "2013-04-22")]),
    (MON, "The city observed a moment of silence at 2:50 p.m. on Monday, one week after the "
     "blasts.", [("2:50 p.m.", "TIME", "2013-04-22T14:50"), ("Monday", "DATE", "2013-04-22"),
                 ("one week", "DURATION", "P1W")]),
    (MON, "Shares of Apple have fallen about 40 percent since September.",
     [("September", "DATE", "2012-09")]),
    (MON, "Apple will report quarterly earnings on Tuesday.", [("Tuesday", "DATE", "2013-04-23")]),
    (MON, "The company reported a net loss of $1.1 billion for the first quarter of 2013.",
     [("the first quarter of 2013", "DATE", "2013-Q1")]),
    (MON, "First-quarter revenue rose 8 percent from a year earlier.",
     [("First-quarter", "DATE", "2013-Q1"), ("a year earlier", "DATE", "2012-Q1")]),
    (MON, "The agency said it would decide within 30 days.", [("30 days", "DURATION", "P30D")]),
    (MON, "The law, passed in 2010, takes full effect in January.",
     [("2010", "DATE", "2010"), ("January", "DATE", "2014-01")]),
    (MON, "Police said the man, 32, had been missing since Saturday.",
     [("Saturday", "DATE", "2013-04-20")]),
    (MON, "North Korea said on Monday it would restart a nuclear reactor shut down in 2007.",
     [("Monday", "DATE", "2013-04-22"), ("2007", "DATE", "2007")]),
    (MON, "The jury will begin deliberations on Wednesday, the judge said.",
     [("Wednesday", "DATE", "2013-04-24")]),
    (MON, "The euro zone economy shrank in the three months to March.",
     [("the three months", "DURATION", "P3M"), ("March", "DATE", "2013-03")]),
    (MON, "Tokyo will host the 2020 Olympics.", [("2020", "DATE", "2020")]),
    (MON, "The company employs 2,500 people and had sales of $1.2 billion in 2012.",
     [("2012", "DATE", "2012")]),
    (MON, "A spokesman declined to comment Sunday.", [("Sunday", "DATE", "2013-04-21")]),
    (MON, "The museum reopens to the public on May 1 after a two-year renovation.",
     [("May 1", "DATE", "2013-05-01"), ("two-year", "DURATION", "P2Y")]),
    (MON, "He was sentenced to life in prison in 2011 and died two years later.",
     [("2011", "DATE", "2011"), ("two years", "DURATION", "P2Y")]),
    (MON, "The rate of inflation in the 12 months to March was 2.8 percent.",
     [("the 12 months", "DURATION", "P12M"), ("March", "DATE", "2013-03")]),
    (MON, "By Tuesday afternoon, the fire had been contained.",
     [("Tuesday afternoon", "TIME", "2013-04-16TAF")]),
    (MON, "The ceasefire is due to expire at midnight on Thursday.",
     [("midnight", "TIME", "2013-04-25T24:00"), ("Thursday", "DATE", "2013-04-25")]),
    (MON, "In the 1990s and early 2000s, the company grew rapidly.",
     [("the 1990s", "DATE", "199"), ("early 2000s", "DATE", "200")]),
    (MON, "Each spring, thousands of tourists visit the gardens.",
     [("Each spring", "SET", "XXXX-SP")]),
    (MON, "The statement was released at 11:30 GMT.", [("11:30 GMT", "TIME", "2013-04-22T11:30")]),
    (MON, "The plane crashed shortly after takeoff on Saturday evening.",
     [("Saturday evening", "TIME", "2013-04-20TEV")]),
    (SAT, "Voters in India cast ballots over six weeks, and results were announced on May 23.",
     [("six weeks", "DURATION", "P6W"), ("May 23", "DATE", "2019-05-23")]),
    (SAT, "The Federal Reserve left rates unchanged at its meeting last month.",
     [("last month", "DATE", "2019-05")]),
    (SAT, "The Raptors lead the series 1-0, with Game 2 set for Sunday night in Toronto.",
     [("Sunday night", "TIME", "2019-06-02TNI")]),
    (SAT, "The NBA Finals began on Thursday.", [("Thursday", "DATE", "2019-05-30")]),
    (SAT, "Theresa May will step down as Conservative leader on June 7.",
     [("June 7", "DATE", "2019-06-07")]),
    (SAT, "The storm is forecast to make landfall late Tuesday or early Wednesday.",
     [("late Tuesday", "DATE", "2019-06-04"), ("early Wednesday", "DATE", "2019-06-05")]),
    (SAT, "Temperatures will reach 35C this afternoon.",
     [("this afternoon", "TIME", "2019-06-01TAF")]),
    (SAT, "The exhibition runs until Sept. 15.", [("Sept. 15", "DATE", "2019-09-15")]),
    (SAT, "He spent nearly three decades in prison.",
     [("nearly three decades", "DURATION", "P30Y")]),
    (SAT, "The tournament is held every two years.", [("every two years", "SET", "P2Y")]),
    (SAT, "The company was founded in 1998 and went public two years later.",
     [("1998", "DATE", "1998"), ("two years", "DURATION", "P2Y")]),
    (SAT, "The rover has been on Mars since August 2012.", [("August 2012", "DATE", "2012-08")]),
    (SAT, "Ticket sales open at 10 a.m. ET on Friday, June 7.",
     [("10 a.m. ET", "TIME", "2019-06-07T10:00"), ("Friday, June 7", "DATE", "2019-06-07")]),
    (SAT, "The spacecraft will arrive in 2025 after a seven-year journey.",
     [("2025", "DATE", "2025"), ("seven-year", "DURATION", "P7Y")]),
    (SAT, "Last Thursday, the court rejected the appeal.",
     [("Last Thursday", "DATE", "2019-05-30")]),
    (SAT, "The minister said the talks would resume next month.",
     [("next month", "DATE", "2019-07")]),
    (SAT, "The ban was lifted in 2016, three years after it was imposed.",
     [("2016", "DATE", "2016"), ("three years", "DURATION", "P3Y")]),
    (SAT, "Officials expect the bridge to reopen by the end of the summer.",
     [("the end of the summer", "DATE", "2019-SU")]),
    (SAT, "The survey was conducted between May 20 and May 26.",
     [("May 20", "DATE", "2019-05-20"), ("May 26", "DATE", "2019-05-26")]),
    (SAT, "The index fell 2 percent this week, its worst week since December.",
     [("this week", "DATE", "2019-W22"), ("December", "DATE", "2018-12")]),
]

WED_2013 = date(2013, 3, 27)  # Wednesday, ISO week 13

# A third round, written after the second round's fixes, likewise unseen.
THIRD_ROUND: list[tuple[date, str, Expected]] = [
    (WED_2013, "On Thursday, March 21, 2013, the parliament approved the bill.",
     [("Thursday, March 21, 2013", "DATE", "2013-03-21")]),
    (WED_2013, "The strike began early Sunday and ended late Monday.",
     [("early Sunday", "DATE", "2013-03-24"), ("late Monday", "DATE", "2013-03-25")]),
    (WED_2013, "Two hours later, the building collapsed.", [("Two hours", "DURATION", "PT2H")]),
    (WED_2013, "Temperatures could rise by 2 degrees in the next decade.",
     [("the next decade", "DURATION", "P10Y")]),
    (WED_2013, "The treaty was signed half a century ago.",
     [("half a century ago", "DATE", "1963")]),
    (WED_2013, "The 21st century has brought new challenges.",
     [("The 21st century", "DATE", "20")]),
    (WED_2013, "The talks will continue through the weekend.",
     [("the weekend", "DATE", "2013-W13-WE")]),
    (WED_2013, "The company said profit in the fourth quarter ended Dec. 31 rose 9 percent.",
     [("the fourth quarter", "DATE", "2012-Q4"), ("Dec. 31", "DATE", "2012-12-31")]),
    (WED_2013, "The strike, which started 48 hours ago, has shut down ports.",
     [("48 hours ago", "DATE", "2013-03-25")]),
    (WED_2013, "The new law will come into force on 1 April.", [("1 April", "DATE", "2013-04-01")]),
    # TBAQ annotates "July last year" as one expression; "this year" goes the same way.
    (WED_2013, "Easter falls on March 31 this year.",
     [("Easter", "DATE", "2013-03-31"), ("March 31 this year", "DATE", "2013-03-31")]),
    (WED_2013, "Voting continues until 8 p.m. local time on Saturday.",
     [("8 p.m.", "TIME", "2013-03-30T20:00"), ("Saturday", "DATE", "2013-03-30")]),
    (WED_2013, "In the morning, crowds gathered outside the court.",
     [("the morning", "TIME", "2013-03-27TMO")]),
    (WED_2013, "The central bank has cut rates four times since last May.",
     [("last May", "DATE", "2012-05")]),
    (WED_2013, "He was jailed for 18 months in 2009.",
     [("18 months", "DURATION", "P18M"), ("2009", "DATE", "2009")]),
    (WED_2013, "The offer expires at 5 p.m. on April 5.",
     [("5 p.m.", "TIME", "2013-04-05T17:00"), ("April 5", "DATE", "2013-04-05")]),
    (WED_2013, "Unemployment has risen every month this year.",
     [("every month", "SET", "P1M"), ("this year", "DATE", "2013")]),
    (WED_2013, "Oil prices averaged $95 a barrel last quarter.",
     [("last quarter", "DATE", "2012-Q4")]),
    (WED_2013, "The film opens in theaters nationwide on Friday.",
     [("Friday", "DATE", "2013-03-29")]),
    (WED_2013, "The judge adjourned the trial to April 15.", [("April 15", "DATE", "2013-04-15")]),
    (WED_2013, "She has lived there for most of her life.", []),
    (WED_2013, "A bomb exploded in Baghdad on Wednesday morning, killing 12.",
     [("Wednesday morning", "TIME", "2013-03-27TMO")]),
    (WED_2013, "The bill cleared the House 232-180 on Friday.", [("Friday", "DATE", "2013-03-22")]),
    (WED_2013, "The agency has approved 12 new drugs so far this year.",
     [("this year", "DATE", "2013")]),
    (WED_2013, "The data for February will be released on Thursday.",
     [("February", "DATE", "2013-02"), ("Thursday", "DATE", "2013-03-28")]),
    (WED_2013, "Prices peaked in mid-2008 and fell sharply in 2009.",
     [("mid-2008", "DATE", "2008"), ("2009", "DATE", "2009")]),
    (WED_2013, "More than 200 people have died since the violence began in January.",
     [("January", "DATE", "2013-01")]),
    (WED_2013, "The U.N. Security Council will meet on Tuesday at 10 a.m. to discuss the crisis.",
     [("Tuesday", "DATE", "2013-04-02"), ("10 a.m.", "TIME", "2013-04-02T10:00")]),
    (WED_2013, "His contract runs through the 2015 season.", [("2015", "DATE", "2015")]),
    (WED_2013, "The minister resigned on the eve of the summit.", []),
    (WED_2013, "The couple married in June 2010 and divorced two years later.",
     [("June 2010", "DATE", "2010-06"), ("two years", "DURATION", "P2Y")]),
]
CASES = CASES + SECOND_ROUND + THIRD_ROUND


# Known gaps, each with the reason it stays open.
XFAIL = {
    "Temperatures could rise by 2 degrees in the next decade.":
        "TBAQ has 'the last decade' as DATE 198 and 'the past decade' as DURATION P10Y; "
        "the tagger follows the DATE reading for 'next'",
}  # fmt: skip


def _param(case: tuple[date, str, Expected]) -> Any:
    marks = [pytest.mark.xfail(reason=XFAIL[case[1]], strict=True)] if case[1] in XFAIL else []
    return pytest.param(*case, id=case[1][:48], marks=marks)


@pytest.mark.parametrize(("dct", "text", "expected"), [_param(case) for case in CASES])
def test_heldout_sentence(dct: date, text: str, expected: Expected) -> None:
    found = tag(text, "en", dct)
    assert [(t.text, t.type.value, t.value) for t in found] == expected
