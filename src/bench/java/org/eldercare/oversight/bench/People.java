package org.eldercare.oversight.bench;

import java.util.SplittableRandom;

/** Synthetic Chinese names. */
final class People {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国建华志强德福春梅海燕淑珍凤英秀珍";

    private People() {
    }

    static String name(SplittableRandom r) {
        StringBuilder s = new StringBuilder(3).append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int given = 1 + r.nextInt(2);
        for (int i = 0; i < given; i++) {
            s.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return s.toString();
    }
}
