/**
 * Given names that are one name in different languages or registers: East Slavic cognates
 * (Russian and Ukrainian forms of one person's name appear in the same news week) and common
 * English short forms. Spelling-only variants (Sergei/Sergey, Yuri/Yury) need no row: the
 * skeleton in names.ts folds them. Each name is in at most one group; a test checks it.
 */
export interface GivenNameGroup {
  readonly names: readonly string[];
  readonly example: string;
}

function group(names: readonly string[], example: string): GivenNameGroup {
  return { names, example };
}

export const GIVEN_NAME_GROUPS: readonly GivenNameGroup[] = [
  group(['vladimir', 'volodymyr', 'wladimir', 'vlad'], 'Vladimir / Volodymyr'),
  group(
    ['alexander', 'aleksandr', 'oleksandr', 'alexandr', 'aleksander', 'alex', 'sasha'],
    'Aleksandr / Oleksandr',
  ),
  group(['alexei', 'aleksei', 'alexey', 'aleksey', 'oleksiy', 'oleksii', 'alexej'], 'Alexei / Oleksiy'),
  group(['sergei', 'serhiy', 'serhii', 'sergiy'], 'Sergei / Serhiy'),
  group(['mikhail', 'mykhailo', 'mykhaylo'], 'Mikhail / Mykhailo'),
  group(['nikolai', 'nikolay', 'mykola'], 'Nikolai / Mykola'),
  group(['dmitry', 'dmitri', 'dmytro'], 'Dmitry / Dmytro'),
  group(['oleg', 'oleh'], 'Oleg / Oleh'),
  group(['igor', 'ihor'], 'Igor / Ihor'),
  group(['grigory', 'hryhoriy', 'hryhorii'], 'Grigory / Hryhoriy'),
  group(['yevgeny', 'evgeny', 'yevhen', 'yevgeniy', 'evgeni'], 'Yevgeny / Yevhen'),
  group(['georgy', 'heorhiy', 'heorhii', 'georgiy'], 'Georgy / Heorhiy'),
  group(['gennady', 'hennadiy', 'hennadii'], 'Gennady / Hennadiy'),
  group(['pavel', 'pavlo'], 'Pavel / Pavlo'),
  group(['pyotr', 'petr', 'petro'], 'Pyotr / Petro'),
  group(['fyodor', 'fedor', 'fedir'], 'Fyodor / Fedir'),
  group(['kirill', 'kyrylo'], 'Kirill / Kyrylo'),
  group(['vasily', 'vasyl', 'vasiliy'], 'Vasily / Vasyl'),
  group(['konstantin', 'kostiantyn', 'kostyantyn'], 'Konstantin / Kostiantyn'),
  group(['yelena', 'elena', 'olena'], 'Yelena / Olena'),
  group(['tatiana', 'tetiana', 'tetyana'], 'Tatiana / Tetiana'),
  group(['olga', 'olha'], 'Olga / Olha'),
  group(['galina', 'halyna'], 'Galina / Halyna'),
  group(['joseph', 'joe', 'joey'], 'Joe / Joseph'),
  group(['stephen', 'steven', 'steve'], 'Steve / Stephen'),
  group(['michael', 'mike', 'mick'], 'Mike / Michael'),
  group(['william', 'bill', 'billy', 'will', 'willie'], 'Bill / William'),
  group(['robert', 'bob', 'bobby', 'rob'], 'Bob / Robert'),
  group(['james', 'jim', 'jimmy'], 'Jim / James'),
  group(['thomas', 'tom', 'tommy'], 'Tom / Thomas'),
  group(['richard', 'dick', 'rick', 'rich'], 'Dick / Richard'),
  group(['edward', 'ed', 'ted', 'eddie', 'ned'], 'Ted / Edward'),
  group(['daniel', 'dan', 'danny'], 'Dan / Daniel'),
  group(['david', 'dave'], 'Dave / David'),
  group(['christopher', 'chris'], 'Chris / Christopher'),
  group(['anthony', 'tony'], 'Tony / Anthony'),
  group(['nicholas', 'nick'], 'Nick / Nicholas'),
  group(['samuel', 'sam'], 'Sam / Samuel'),
  group(['benjamin', 'ben'], 'Ben / Benjamin'),
  group(['andrew', 'andy', 'drew'], 'Andy / Andrew'),
  group(['matthew', 'matt'], 'Matt / Matthew'),
  group(['jonathan', 'jon'], 'Jon / Jonathan'),
  group(['timothy', 'tim'], 'Tim / Timothy'),
  group(['ronald', 'ron'], 'Ron / Ronald'),
  group(['donald', 'don'], 'Don / Donald'),
  group(['gerald', 'jerry'], 'Jerry / Gerald'),
  group(['lawrence', 'larry'], 'Larry / Lawrence'),
  group(['charles', 'chuck', 'charlie'], 'Chuck / Charles'),
  group(['john', 'jack', 'johnny'], 'Jack / John'),
  group(['elizabeth', 'liz', 'beth', 'betty'], 'Liz / Elizabeth'),
  group(['katherine', 'catherine', 'kate', 'kathy', 'cathy'], 'Kate / Catherine'),
  group(['margaret', 'peggy', 'maggie'], 'Peggy / Margaret'),
  group(['susan', 'sue'], 'Sue / Susan'),
  group(['jennifer', 'jenny', 'jen'], 'Jenny / Jennifer'),
  group(['patricia', 'pat', 'patty'], 'Pat / Patricia'),
];
