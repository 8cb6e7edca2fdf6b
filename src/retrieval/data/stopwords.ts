/**
 * English stop words, plus the conversational filler of chat questions ("tell me", "please", "say").
 * Dropped at index and query time alike: they carry no topic and were the biggest cost in MiniSearch.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
each either etc few for from further get gets getting got had hadn't has hasn't have haven't having he her here
here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself
just let's may me might more most much must mustn't my myself no nor not of off on once one only or other ought
our ours ourselves out over own per please same say says said shall shan't she should shouldn't so some such
tell than that that's the their theirs them themselves then there there's these they they'd they'll they're
they've this those through thus to too under until up upon us very via was wasn't we we'd we'll we're we've
were weren't what what's when when's where where's whether which while who who's whom whose why why's will
with won't would wouldn't yes yet you you'd you'll you're you've your yours yourself yourselves
anything something everything explain describe give show know want wants like thing things kind sort lot lots
really actually please thanks thank hi hello hey okay ok bot make makes made making
actually basically just really vs versus etc everyone everybody anyone anybody someone somebody ones
whats hows whos wheres whens whys dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt im ive id youre theyre`.split(
    /\s+/,
  ),
);
