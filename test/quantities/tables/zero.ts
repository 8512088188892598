/** 零 inside a numeral: the digit after it counts units, not the place below. */
import type { Table } from './render.ts';

export const zero: Table = {
  name: 'zero',
  cases: [
    ['一百零八万元', '108万 CNY'],
    ['一百零一个', '101 item'],
    ['一万零一人', '10001 person'],
    ['一千零五十家', '1050 organisation'],
    ['两千零二十万元', '2020万 CNY'],
    ['一亿零五百万元', '10500万 CNY'],
    ['三千零八十亿元', '3080亿 CNY'],
    ['一十万零一人', '100001 person'],
    ['一千零一万一千零一人', '10011001 person'],
    ['十万零五百元', '100500 CNY'],
    ['二百零五人', '205 person'],
    ['一千零二十四个', '1024 item'],
    ['四百零八亿美元', '408亿 USD'],
    ['六千零三十万人', '6030万 person'],
    ['九百零九台', '909 machine'],
    ['零点五个百分点', '0.5 pp'],
    ['一千零八家', '1008 organisation'],
    ['三万零六百辆', '30600 vehicle'],
    ['五亿零八万元', '500080000 CNY'],
    ['一百零二万吨', '102万 t'],
    ['一千零一夜'],
  ],
};
