/**
 * Speaker faults two dev look-alikes exposed (a live blog of a press conference, a radio
 * interview), in sentences written for the test: a portfolio before an office ("the Transport
 * Secretary") is not a union's "general secretary"; a title closed by a second office a word or
 * two on ("Chief Harbour Officer Wilma Stavros-Pike") is all title; a thousands comma ("2,340")
 * opens no clause, and a quantity phrase holds no "that" clause.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

const HEAD = 'Ferry fares to rise\n\nBy Ann Bell\n\n2 May 2026\n\n';

test('"the Fisheries Secretary" is not the general secretary of a union the article names', () => {
  const text = `${HEAD}The Fisheries Secretary said on Monday that “quotas will not be cut this year.”\n\nUnion general secretary Ivo Marsh said crews were angry.`;
  assert.notEqual(speakerOfText(text, 'quotas will not be cut', { kind: 'direct' }), 'Ivo Marsh');
});

test('look-alike: "the Fisheries Secretary" is the holder titled with that portfolio', () => {
  const text = `${HEAD}Fisheries Secretary Lena Brook met crews on Monday. Union general secretary Ivo Marsh said crews were angry. Ivo Marsh spoke twice. “Quotas will not be cut this year,” the Fisheries Secretary said.`;
  assert.equal(speakerOfText(text, 'Quotas will not be cut', { kind: 'direct' }), 'Lena Brook');
});

test('"Chief Harbour Officer" is all title before a hyphenated name', () => {
  const text = `${HEAD}PORTLAND (Wire) - Chief Harbour Officer Wilma Stavros-Pike urged travellers to “book early this summer.”`;
  assert.equal(speakerOfText(text, 'book early this summer', { kind: 'direct' }), 'Wilma Stavros-Pike');
});

test('a thousands comma opens no quantity subject ("pilots handled 2,340 calls … and that thirty extra tugs “…”")', () => {
  const text = `${HEAD}The harbour master, Wilma Stavros, conceded that pilots handled 2,340 calls in August and that thirty extra tugs “should be sailing before the winter gales.”`;
  assert.equal(speakerOfText(text, 'should be sailing before', { kind: 'direct' }), 'Wilma Stavros');
});

test('look-alike: a count opening its clause still speaks ("About forty skippers said “…”")', () => {
  const text = `${HEAD}Crews met on the quay. About forty skippers said “the new fares will empty the islands.”`;
  assert.equal(speakerOfText(text, 'empty the islands', { kind: 'direct' }), 'About forty skippers');
});

test('"the doctor" is the person the article titles "Dr"', () => {
  const text = `${HEAD}Mayor Ivo Marsh opened the session. Dr Wilma Stavros, the port health officer, spoke next. Asked about cruise ships, the doctor said “ships with a clean record are safer than many hotels.”`;
  assert.equal(speakerOfText(text, 'clean record', { kind: 'direct' }), 'Wilma Stavros');
});

test('look-alike: "the doctor" with no one titled "Dr" stays unnamed', () => {
  const text = `${HEAD}Mayor Ivo Marsh opened the session. Asked about cruise ships, the doctor said “ships with a clean record are safer than many hotels.”`;
  assert.notEqual(speakerOfText(text, 'clean record', { kind: 'direct' }), 'Ivo Marsh');
});
