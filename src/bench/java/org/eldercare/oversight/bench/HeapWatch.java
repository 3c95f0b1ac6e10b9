package org.eldercare.oversight.bench;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The application's heap, watched from outside through the JDK's attach API and JMX (local only, nothing configured in
 * the application). {@link #settle} collects first, so garbage does not count while rows an export holds in memory do.
 */
final class HeapWatch implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;

    HeapWatch(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        String url;
        try {
            url = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        connector = JMXConnectorFactory.connect(new JMXServiceURL(url));
        MBeanServerConnection c = connector.getMBeanServerConnection();
        memory = ManagementFactory.newPlatformMXBeanProxy(c, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    }

    /** Collects, then answers the heap in use (bytes). */
    long settle() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }


    @Override
    public void close() throws Exception {
        connector.close();
    }
}
